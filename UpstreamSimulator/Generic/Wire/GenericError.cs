namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>OpenAI's error response, as Groq and its peers send it: <c>{"error":{"message","type","code"}}</c>.</summary>
internal sealed record GenericError(GenericErrorBody Error);
