using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Providers;

/// <summary>One model of a provider whose catalog is given in configuration.</summary>
public sealed record StaticModelOptions
{
    /// <summary>The public id clients use; unique across providers (e.g. <c>groq/llama-3.3-70b-versatile</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>The id sent upstream; defaults to <see cref="Id"/>.</summary>
    public string? UpstreamId { get; init; }

    public string? Name { get; init; }

    public int ContextLength { get; init; }

    public int? MaxCompletionTokens { get; init; }

    public IReadOnlyList<string> InputModalities { get; init; } = [Modalities.Text];

    public IReadOnlyList<string> OutputModalities { get; init; } = [Modalities.Text];

    /// <summary>OpenAI parameter names the model supports, e.g. <c>tools</c>, <c>response_format</c>.</summary>
    public IReadOnlyList<string> SupportedParameters { get; init; } = [];
}
