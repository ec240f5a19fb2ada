namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A tool the request offers: <c>{"type":"function","function":{...}}</c>.</summary>
internal sealed record OpenAiTool
{
    public OpenAiFunction Function { get; init; } = new();
}
