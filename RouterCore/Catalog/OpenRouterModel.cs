using System.Text.Json;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Wire shape of one entry of OpenRouter's model list (only the fields the router uses).</summary>
internal sealed record OpenRouterModel
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? HuggingFaceId { get; init; }

    public long? Created { get; init; }

    public int? ContextLength { get; init; }

    public OpenRouterArchitecture? Architecture { get; init; }

    /// <summary>Prices are strings on OpenRouter; kept as elements so a number or a null does not fail the whole list.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Pricing { get; init; }

    public OpenRouterTopProvider? TopProvider { get; init; }

    public IReadOnlyList<string>? SupportedParameters { get; init; }
}
