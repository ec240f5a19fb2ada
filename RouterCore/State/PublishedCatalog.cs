using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.State;

/// <summary>The pool as published in <c>ar:catalog</c>, with where and when it was fetched.</summary>
public sealed record PublishedCatalog(IReadOnlyList<ModelInfo> Models, string? Source, DateTimeOffset? FetchedAt)
{
    public static PublishedCatalog Empty { get; } = new([], null, null);

    public bool IsEmpty => Models.Count == 0;
}
