namespace AspireRouter.RouterCore.Catalog;

/// <summary>Wire shape of a model's <c>architecture</c> on OpenRouter.</summary>
internal sealed record OpenRouterArchitecture
{
    public IReadOnlyList<string>? InputModalities { get; init; }

    public IReadOnlyList<string>? OutputModalities { get; init; }
}
