using System.Buffers;
using System.Collections.Frozen;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Plans a request's attempts: the models the client named (if available), then the model its conversation stuck to (if it fits
/// and is available), then a sample of the pool, within the attempt budget.
/// </summary>
/// <remarks>Allocation-free per request: pooled arrays and stack spans over a table rebuilt only when the catalog or policy changes.</remarks>
public sealed class RoutePlanner(
    CatalogStore catalog,
    PolicyStore policy,
    AvailabilityTracker tracker,
    IEnumerable<ICandidateSelector> selectors,
    TimeProvider time)
{
    private readonly FrozenDictionary<string, ICandidateSelector> _selectors =
        selectors.ToFrozenDictionary(selector => selector.Name, StringComparer.OrdinalIgnoreCase);

    private CandidateTable? _table;

    public RoutePlan Plan(ChatRequest request) => Plan(request, RequirementsReader.From(request));

    /// <param name="requirements">What pool models must offer, e.g. <see cref="RequirementsReader.From"/> with a larger context after a context-length failure.</param>
    public RoutePlan Plan(ChatRequest request, RequestRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = CurrentTable();
        var now = time.GetUtcNow();
        DateTimeOffset? earliestReset = null;
        Span<int> chosen = stackalloc int[Math.Clamp(table.Policy.AttemptBudget, 1, RoutingPolicyValidator.MaxAttemptBudget)];
        var count = ExplicitCandidates.Add(table, request, requirements, SelectorFor(table.Policy), now, chosen, ref earliestReset);
        var named = count;
        var isVirtual = VirtualModels.TryGetAdditions(request.Model, out var additions) || request.Model is null;
        var poolRequirements = requirements.With(additions);
        var sticky = isVirtual && count < chosen.Length ? StickyCandidate.Find(table, request.StickyModel, poolRequirements, now, chosen[..count]) : -1;
        if (sticky >= 0)
        {
            chosen[count++] = sticky;
        }

        var indexed = false;
        if ((isVirtual || request.AllowFallbacks) && count < chosen.Length)
        {
            var sampled = SampleIndexed(table, poolRequirements, now, chosen[..count], chosen[count..]);
            indexed = sampled >= 0;
            count += indexed ? sampled : Sample(table, poolRequirements, now, chosen[..count], chosen[count..], ref earliestReset);
        }

        var plan = ArrayPool<ModelInfo>.Shared.Rent(Math.Max(count, 1));
        for (var i = 0; i < count; i++)
        {
            plan[i] = table.Catalog.Models[chosen[i]];
        }

        return indexed
            ? new RoutePlan(plan, count, earliestReset, table, poolRequirements, now) { Named = named }
            : new RoutePlan(plan, count, earliestReset) { Named = named };
    }

    // A large pool, weighted random: sampled through the pool's index (its hints cut into slices) without visiting every model;
    // -1 when it must be scanned.
    private int SampleIndexed(CandidateTable table, in RequestRequirements requirements, DateTimeOffset now, ReadOnlySpan<int> exclude, Span<int> destination) =>
        SelectorFor(table.Policy) is WeightedRandomSelector weighted
            ? weighted.OrderIndexed(table, table.IndexFor(requirements.Capabilities), requirements, now, exclude, destination)
            : -1;

    private int Sample(
        CandidateTable table,
        in RequestRequirements requirements,
        DateTimeOffset now,
        ReadOnlySpan<int> exclude,
        Span<int> destination,
        ref DateTimeOffset? earliestReset)
    {
        var positions = ArrayPool<int>.Shared.Rent(table.Catalog.Count);
        var weights = ArrayPool<double>.Shared.Rent(table.Catalog.Count);
        try
        {
            var found = CandidateFilter.Apply(table, requirements, now, exclude, positions, weights, ref earliestReset);
            var picked = SelectorFor(table.Policy).Order(weights.AsSpan(0, found), destination);
            for (var i = 0; i < picked; i++)
            {
                destination[i] = positions[destination[i]];
            }

            return picked;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<double>.Shared.Return(weights);
        }
    }

    // An unknown strategy name falls back to weighted random rather than failing requests.
    private ICandidateSelector SelectorFor(RoutingPolicy current) =>
        _selectors.TryGetValue(current.Strategy, out var selector) ? selector : _selectors[WeightedRandomSelector.StrategyName];

    private CandidateTable CurrentTable()
    {
        var currentCatalog = catalog.Current;
        var currentPolicy = policy.Current;
        var table = Volatile.Read(ref _table);
        if (table is null || !table.IsFor(currentCatalog, currentPolicy))
        {
            table = CandidateTable.Build(currentCatalog, currentPolicy, tracker);
            Volatile.Write(ref _table, table);
        }

        return table;
    }
}
