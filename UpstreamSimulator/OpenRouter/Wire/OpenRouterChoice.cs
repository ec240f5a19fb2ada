using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>A choice of a non-streamed completion, with OpenRouter's <c>native_finish_reason</c>.</summary>
internal sealed record OpenRouterChoice(JsonNode? Logprobs, string FinishReason, string NativeFinishReason, int Index, WireMessage Message);
