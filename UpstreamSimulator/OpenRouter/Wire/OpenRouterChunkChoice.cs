using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>A choice of a streamed chunk; the reasons stay null until the last content chunk.</summary>
internal sealed record OpenRouterChunkChoice(int Index, WireDelta Delta, string? FinishReason, string? NativeFinishReason, JsonNode? Logprobs);
