using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.State;

/// <summary>The pool as published in <c>ar:catalog</c>, with where and when it was fetched, and whether from the sandbox.</summary>
public sealed record PublishedCatalog(IReadOnlyList<ModelInfo> Models, string? Source, DateTimeOffset? FetchedAt)
{
    public static PublishedCatalog Empty { get; } = new([], null, null);

    /// <summary>True when its publisher's providers are simulated (the AppHost's keyless sandbox).</summary>
    public bool IsSandbox { get; init; }

    public bool IsEmpty => Models.Count == 0;
}
