namespace AspireRouter.RouterApi.Telemetry;

/// <summary>Attribute names: OpenTelemetry's GenAI semantic conventions, and the router's own under <c>aspire_router.</c>.</summary>
internal static class GenAiAttributes
{
    public const string OperationName = "gen_ai.operation.name";
    public const string ProviderName = "gen_ai.provider.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string ResponseId = "gen_ai.response.id";
    public const string FinishReasons = "gen_ai.response.finish_reasons";
    public const string InputTokens = "gen_ai.usage.input_tokens";
    public const string OutputTokens = "gen_ai.usage.output_tokens";
    public const string TokenType = "gen_ai.token.type";
    public const string InputMessages = "gen_ai.input.messages";
    public const string OutputMessages = "gen_ai.output.messages";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    public const string Chat = "chat";

    /// <summary>Image generation: the conventions name no operation of its own, and "multimodal content generation" is the one that fits.</summary>
    public const string GenerateContent = "generate_content";

    /// <summary>The conventions' operation for creating vector embeddings.</summary>
    public const string Embeddings = "embeddings";

    public const string RoutedModel = "aspire_router.request.model";
    public const string Candidates = "aspire_router.candidates";
    public const string Hints = "aspire_router.hints";
    public const string Attempts = "aspire_router.attempts";
    public const string Outcome = "aspire_router.outcome";
    public const string AttemptOutcome = "aspire_router.attempt.outcome";
    public const string CooldownScope = "aspire_router.cooldown.scope";
}
