using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>
/// One provider's part of the pool: its model list (if it has one) kept by its free rule, the models of its configuration
/// added or describing listed ones better, public ids given, families named, and capabilities limited to what its wire
/// format carries.
/// </summary>
internal sealed class ProviderCatalogSource(ProviderOptions provider, ICatalogSource? list, ParameterSupport support) : ICatalogSource
{
    private readonly ModelCapabilities _mask = CapabilityMask.For(provider, support);
    private readonly FreeRule _rule = provider.Free.Rule ?? (provider.CatalogSource == CatalogSourceKind.OpenRouter ? FreeRule.Pricing : FreeRule.All);

    public string Provider => provider.Name;

    public async Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken)
    {
        var configured = new Dictionary<string, StaticModelOptions>(StringComparer.Ordinal);
        foreach (var model in provider.Models)
        {
            configured[model.IdsAt(provider).UpstreamId] = model;
        }

        var models = new List<ModelInfo>();
        foreach (var listed in list is null ? [] : await list.FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            if (configured.Remove(listed.UpstreamId, out var described))
            {
                models.Add(Finish(Describe(listed, StaticModels.ToModelInfo(described, provider))));
            }
            else if (IsFree(listed.UpstreamId))
            {
                models.Add(Finish(WithPublicId(listed)));
            }
        }

        foreach (var model in configured.Values)
        {
            models.Add(Finish(StaticModels.ToModelInfo(model, provider)));
        }

        return models;
    }

    // The configuration says what the list does not; what it leaves out, the list still tells.
    private static ModelInfo Describe(ModelInfo listed, ModelInfo configured) => configured with
    {
        ContextLength = configured.ContextLength > 0 ? configured.ContextLength : listed.ContextLength,
        Created = listed.Created,
    };

    private bool IsFree(string upstreamId) => _rule switch
    {
        FreeRule.AllowList => provider.Free.Models.Any(pattern => WildcardPattern.Matches(pattern, upstreamId)),
        _ => true,
    };

    // Models kept by a rule other than prices are free by that rule, whatever a catalog's prices say.
    private ModelInfo WithPublicId(ModelInfo listed) => listed with
    {
        Id = provider.PublicIdPrefix + listed.UpstreamId,
        Pricing = _rule == FreeRule.Pricing ? listed.Pricing : new Dictionary<string, string>(),
    };

    private ModelInfo Finish(ModelInfo model) => model with
    {
        Family = model.Family ?? ModelFamily.KeyOf(model.UpstreamId),
        Capabilities = model.Capabilities & _mask,
    };
}
