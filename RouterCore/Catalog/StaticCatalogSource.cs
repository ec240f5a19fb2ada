using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>The models a provider's configuration lists (for providers without a usable catalog endpoint).</summary>
internal sealed class StaticCatalogSource(ProviderOptions provider) : ICatalogSource
{
    private readonly IReadOnlyList<ModelInfo> _models = [.. provider.Models.Select(model => ToModelInfo(model, provider.Name))];

    public string Provider => provider.Name;

    public Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken) => Task.FromResult(_models);

    private static ModelInfo ToModelInfo(StaticModelOptions model, string provider) => new()
    {
        Id = model.Id,
        Provider = provider,
        UpstreamId = model.UpstreamId ?? model.Id,
        Name = model.Name ?? model.Id,
        ContextLength = model.ContextLength,
        InputModalities = model.InputModalities,
        OutputModalities = model.OutputModalities,
        Capabilities = ModelCapabilitiesMapper.From(model.SupportedParameters, model.InputModalities, model.OutputModalities),
        SupportedParameters = model.SupportedParameters,
        MaxCompletionTokens = model.MaxCompletionTokens,
    };
}
