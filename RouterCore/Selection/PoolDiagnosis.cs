using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Applies a request's constraints to the pool (models not blocked) one after another: capabilities, then each hint, then the
/// context the prompt needs; the first that leaves no model is the one to name in the error.
/// </summary>
public static class PoolDiagnosis
{
    private static readonly RoutingHint[] HintOrder =
        [RoutingHint.AllowProviders, RoutingHint.DenyProviders, RoutingHint.MinParams, RoutingHint.MaxParams, RoutingHint.MinContext];

    public static PoolShortfall Diagnose(CatalogSnapshot catalog, RoutingPolicy policy, in RequestRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var required = requirements;
        var pool = Servable(catalog, policy, model => required.HasCapabilitiesOf(model));
        if (pool.Count == 0)
        {
            return new PoolShortfall(PoolShortfallKind.Capabilities, RoutingHint.None, catalog.Count, 0);
        }

        foreach (var hint in HintOrder)
        {
            if (requirements.Hints is { } hints && hints.Filters.HasFlag(hint))
            {
                var before = pool.Count;
                pool.RemoveAll(model => !hints.Allows(model, hint));
                if (pool.Count == 0)
                {
                    return new PoolShortfall(PoolShortfallKind.Hint, hint, before, 0);
                }
            }
        }

        var largest = pool.Max(model => model.ContextLength);
        return pool.Exists(model => model.ContextLength == 0 || model.ContextLength >= required.MinContextTokens)
            ? PoolShortfall.None
            : new PoolShortfall(PoolShortfallKind.Context, RoutingHint.None, pool.Count, largest);
    }

    /// <summary>The largest context window among the models that meet everything but the context the prompt needs; 0 when unknown.</summary>
    public static int LargestContext(CatalogSnapshot catalog, RoutingPolicy policy, in RequestRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var largest = 0;
        foreach (var model in catalog.Models)
        {
            if (model.ContextLength > largest
                && !policy.IsBlocked(model.Id)
                && requirements.HasCapabilitiesOf(model)
                && (requirements.Hints is null || requirements.Hints.Allows(model)))
            {
                largest = model.ContextLength;
            }
        }

        return largest;
    }

    private static List<ModelInfo> Servable(CatalogSnapshot catalog, RoutingPolicy policy, Func<ModelInfo, bool> predicate) =>
        [.. catalog.Models.Where(model => !policy.IsBlocked(model.Id) && predicate(model))];
}
