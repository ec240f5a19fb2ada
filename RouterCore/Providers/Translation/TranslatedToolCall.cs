namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A tool call in OpenAI's terms: an id, the function's name and its arguments as a JSON text.</summary>
internal sealed record TranslatedToolCall(string Id, string Name, string Arguments);
