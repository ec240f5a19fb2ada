using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>OpenRouter's error response (https://openrouter.ai/docs/api-reference/errors): <c>{"error":{...},"user_id":"..."}</c>.</summary>
internal sealed record OpenRouterError(
    OpenRouterErrorBody Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId);
