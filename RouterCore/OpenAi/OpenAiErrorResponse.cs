namespace AspireRouter.RouterCore.OpenAi;

/// <summary>An OpenAI error response body: <c>{"error":{"message","type","param","code"}}</c>.</summary>
public sealed record OpenAiErrorResponse(OpenAiError Error);
