namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The <c>error</c> object of an OpenAI error response.</summary>
public sealed record OpenAiError(string Message, string Type, string? Param, string? Code)
{
    public const string InvalidRequestType = "invalid_request_error";

    public static OpenAiError InvalidRequest(ChatRequestError error) =>
        new(error.Message, InvalidRequestType, error.Param, error.Code);
}
