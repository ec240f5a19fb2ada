using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Providers;

/// <summary>One model of a provider, given in configuration.</summary>
public sealed record StaticModelOptions
{
    /// <summary>
    /// The provider's id for the model (public id <c>{provider}/{Id}</c>); when <see cref="UpstreamId"/> is also given,
    /// <see cref="Id"/> is the public id as written.
    /// </summary>
    public string Id { get; init; } = "";

    /// <summary>The id sent upstream, when <see cref="Id"/> is the public id.</summary>
    public string? UpstreamId { get; init; }

    public string? Name { get; init; }

    /// <summary>The open model it is (e.g. <c>llama-3.3-70b</c>), shared with the same model at other providers; derived from the id when absent.</summary>
    public string? Family { get; init; }

    public int ContextLength { get; init; }

    public int? MaxCompletionTokens { get; init; }

    /// <summary>An embedding model's vector length (its output modality is <c>embeddings</c>).</summary>
    public int? Dimensions { get; init; }

    /// <summary>The fewest dimensions an embedding model can cut its vectors to (Matryoshka models); absent when its size is fixed.</summary>
    public int? MinDimensions { get; init; }

    /// <summary>The most inputs one embeddings call may carry, as the provider documents.</summary>
    public int? MaxInputs { get; init; }

    /// <summary>Empty means text.</summary>
    public IReadOnlyList<string> InputModalities { get; init; } = [];

    /// <summary>Empty means text.</summary>
    public IReadOnlyList<string> OutputModalities { get; init; } = [];

    /// <summary>OpenAI parameter names the model supports, e.g. <c>tools</c>, <c>response_format</c>.</summary>
    public IReadOnlyList<string> SupportedParameters { get; init; } = [];

    /// <summary>The public id and the upstream id this entry stands for at <paramref name="provider"/>.</summary>
    public (string PublicId, string UpstreamId) IdsAt(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return UpstreamId is { Length: > 0 } upstream ? (Id, upstream) : (provider.PublicIdPrefix + Id, Id);
    }
}
