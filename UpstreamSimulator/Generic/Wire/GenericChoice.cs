using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>A choice of an OpenAI-compatible completion.</summary>
internal sealed record GenericChoice(int Index, WireMessage Message, JsonNode? Logprobs, string FinishReason);
