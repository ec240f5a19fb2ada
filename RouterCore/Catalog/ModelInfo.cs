using AspireRouter.RouterCore.Sizes;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>One model a provider serves, as the router sees it; also the JSON stored in <c>ar:catalog</c>.</summary>
public sealed record ModelInfo
{
    /// <summary>The id clients use (unique across providers).</summary>
    public required string Id { get; init; }

    public required string Provider { get; init; }

    /// <summary>The id the provider expects in the upstream request.</summary>
    public required string UpstreamId { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The open model it is (<see cref="ModelFamily"/>); a request naming one member may go to any of them.</summary>
    public string? Family { get; init; }

    /// <summary>Context window in tokens; 0 when the catalog does not say.</summary>
    public int ContextLength { get; init; }

    public IReadOnlyList<string> InputModalities { get; init; } = [];

    public IReadOnlyList<string> OutputModalities { get; init; } = [];

    public ModelCapabilities Capabilities { get; init; }

    /// <summary>The catalog's supported parameter names as given, e.g. <c>tools</c>, <c>seed</c>.</summary>
    public IReadOnlyList<string> SupportedParameters { get; init; } = [];

    /// <summary>Price strings per unit as the catalog gives them (<c>prompt</c>, <c>completion</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Pricing { get; init; } = new Dictionary<string, string>();

    public int? MaxCompletionTokens { get; init; }

    /// <summary>The length of an embedding model's vectors; null for other models.</summary>
    public int? Dimensions { get; init; }

    /// <summary>The fewest dimensions an embedding model can cut its vectors to (Matryoshka, asked with <c>dimensions</c>); null when fixed.</summary>
    public int? MinDimensions { get; init; }

    /// <summary>The most inputs one embeddings call to the provider may carry, as it documents; null when only the router's limit applies.</summary>
    public int? MaxInputs { get; init; }

    public string? HuggingFaceId { get; init; }

    public DateTimeOffset? Created { get; init; }

    /// <summary>Parameter counts, when the catalog, the known sizes or <c>Catalog:ModelSizes</c> tell them; null when unknown.</summary>
    public ModelSize? Size { get; init; }
}
