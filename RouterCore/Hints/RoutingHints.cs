using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Hints;

/// <summary>
/// What kind of model a client wants without naming one (the body's <c>router</c> object, <c>x-router-*</c> headers, or a preset
/// such as <c>free:large</c>). A model whose size or context is unknown never satisfies a size or context hint.
/// </summary>
public sealed record RoutingHints
{
    public static RoutingHints None { get; } = new();

    /// <summary>At least this many parameters in total, in billions.</summary>
    public double? MinParams { get; init; }

    /// <summary>At most this many parameters in total, in billions.</summary>
    public double? MaxParams { get; init; }

    /// <summary>A context window of at least this many tokens.</summary>
    public int? MinContext { get; init; }

    /// <summary>Only these providers (by configured name); empty allows every provider.</summary>
    public IReadOnlyList<string> AllowProviders { get; init; } = [];

    public IReadOnlyList<string> DenyProviders { get; init; } = [];

    public RoutingSort? Sort { get; init; }

    /// <summary>The longest the client accepts to wait for a cooling model (capped by <c>Routing:MaxWaitForReset</c>).</summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>False keeps this request off its conversation's model (sticky sessions); null or true leaves the conversation sticky.</summary>
    public bool? Sticky { get; init; }

    /// <summary>The hints that came from request headers (their names go in errors).</summary>
    public RoutingHint FromHeaders { get; init; }

    /// <summary>The hints that came from the preset named in <see cref="Preset"/>.</summary>
    public RoutingHint FromPreset { get; init; }

    public string? Preset { get; init; }

    /// <summary>The hints given (filters, sort, wait, stickiness).</summary>
    public RoutingHint Given =>
        Filters | (Sort is null ? 0 : RoutingHint.Sort) | (MaxWait is null ? 0 : RoutingHint.MaxWait) | (Sticky is null ? 0 : RoutingHint.Sticky);

    /// <summary>The hints that narrow the pool (the others only order or wait).</summary>
    public RoutingHint Filters =>
        (MinParams is null ? 0 : RoutingHint.MinParams)
        | (MaxParams is null ? 0 : RoutingHint.MaxParams)
        | (MinContext is null ? 0 : RoutingHint.MinContext)
        | (AllowProviders.Count == 0 ? 0 : RoutingHint.AllowProviders)
        | (DenyProviders.Count == 0 ? 0 : RoutingHint.DenyProviders);

    public bool Allows(ModelInfo model) =>
        Allows(model, RoutingHint.AllowProviders)
        && Allows(model, RoutingHint.DenyProviders)
        && Allows(model, RoutingHint.MinParams)
        && Allows(model, RoutingHint.MaxParams)
        && Allows(model, RoutingHint.MinContext);

    /// <summary>Whether <paramref name="model"/> satisfies one hint (true when that hint is not given).</summary>
    public bool Allows(ModelInfo model, RoutingHint hint)
    {
        ArgumentNullException.ThrowIfNull(model);
        return hint switch
        {
            RoutingHint.MinParams => MinParams is not { } min || model.Size?.TotalBillions >= min,
            RoutingHint.MaxParams => MaxParams is not { } max || model.Size?.TotalBillions <= max,
            RoutingHint.MinContext => MinContext is not { } context || model.ContextLength >= context,
            RoutingHint.AllowProviders => AllowProviders.Count == 0 || Contains(AllowProviders, model.Provider),
            RoutingHint.DenyProviders => !Contains(DenyProviders, model.Provider),
            _ => true,
        };
    }

    /// <summary>Whether the provider hints (allowed, denied) let a model of <paramref name="provider"/> through.</summary>
    public bool AllowsProvider(string provider) =>
        (AllowProviders.Count == 0 || Contains(AllowProviders, provider)) && !Contains(DenyProviders, provider);

    private static bool Contains(IReadOnlyList<string> providers, string provider)
    {
        for (var i = 0; i < providers.Count; i++)
        {
            if (string.Equals(providers[i], provider, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
