namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>The function a tool call calls, with its arguments as a JSON text.</summary>
internal sealed record OpenAiFunctionCall
{
    public string Name { get; init; } = "";

    public string? Arguments { get; init; }
}
