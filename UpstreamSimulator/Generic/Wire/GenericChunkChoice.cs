using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>A choice of an OpenAI-compatible stream chunk.</summary>
internal sealed record GenericChunkChoice(int Index, WireDelta Delta, JsonNode? Logprobs, string? FinishReason);
