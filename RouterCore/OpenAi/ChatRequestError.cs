namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Why a chat request body was rejected, in OpenAI's terms (becomes a 400 <c>invalid_request_error</c>).</summary>
public readonly record struct ChatRequestError(string Message, string? Param, string? Code);
