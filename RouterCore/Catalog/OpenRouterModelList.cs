namespace AspireRouter.RouterCore.Catalog;

/// <summary>Wire shape of OpenRouter's <c>GET /api/v1/models</c> response.</summary>
internal sealed record OpenRouterModelList
{
    public IReadOnlyList<OpenRouterModel> Data { get; init; } = [];
}
