namespace AspireRouter.RouterApi.Status;

/// <summary>OpenAI's <c>ListModelsResponse</c>.</summary>
internal sealed record ModelList(IReadOnlyList<ModelEntry> Data)
{
    public string Object { get; init; } = "list";

    /// <summary>Present (true) only when the pool is the simulated sandbox.</summary>
    public bool? Sandbox { get; init; }
}
