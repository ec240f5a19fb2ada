namespace AspireRouter.RouterApi.Status;

/// <summary>What <c>GET /</c> answers: the router's name and the base URLs its clients use.</summary>
internal sealed record RouterIndex(string Name, string Description, IReadOnlyDictionary<string, string> Endpoints)
{
    public static RouterIndex Current { get; } = new(
        "AspireRouter",
        "A gateway over free LLM and image models: OpenAI-compatible under /v1, Anthropic's Messages API at /v1/messages. Send your router key as Authorization: Bearer or x-api-key.",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["openai_base_url"] = "/v1",
            ["anthropic_base_url"] = "/",
            ["chat_completions"] = "/v1/chat/completions",
            ["messages"] = "/v1/messages",
            ["count_tokens"] = "/v1/messages/count_tokens",
            ["images"] = "/v1/images/generations",
            ["models"] = "/v1/models",
            ["status"] = "/v1/router/status",
            ["health"] = "/health",
        });
}
