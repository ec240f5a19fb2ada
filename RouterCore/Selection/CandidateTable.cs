using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Selection;

/// <summary>One catalog snapshot joined with one policy and the models' health handles, so a request reads arrays, not dictionaries.</summary>
internal sealed class CandidateTable
{
    // One slot per combination of the capability flags (eight of them).
    private const int CapabilityCombinations = 1 << 8;
    private readonly CandidateIndex?[] _indexes = new CandidateIndex?[CapabilityCombinations];

    private CandidateTable(CatalogSnapshot catalog, RoutingPolicy policy, double[] weights, bool[] blocked, ModelHealth[] health)
    {
        Catalog = catalog;
        Policy = policy;
        OperatorWeights = weights;
        Blocked = blocked;
        Health = health;
    }

    public CatalogSnapshot Catalog { get; }

    public RoutingPolicy Policy { get; }

    /// <summary>Per model, in catalog order: the operator's weight (0 when blocked).</summary>
    public double[] OperatorWeights { get; }

    public bool[] Blocked { get; }

    public ModelHealth[] Health { get; }

    /// <summary>The pool models offering <paramref name="capabilities"/>, indexed for sampling; built on first use, then shared.</summary>
    public CandidateIndex IndexFor(ModelCapabilities capabilities)
    {
        var slot = (int)capabilities;
        if ((uint)slot >= CapabilityCombinations)
        {
            return CandidateIndex.Build(this, capabilities);
        }

        return Volatile.Read(ref _indexes[slot])
            ?? Interlocked.CompareExchange(ref _indexes[slot], CandidateIndex.Build(this, capabilities), null)
            ?? _indexes[slot]!;
    }

    public bool IsFor(CatalogSnapshot catalog, RoutingPolicy policy) =>
        ReferenceEquals(Catalog, catalog) && ReferenceEquals(Policy, policy);

    public static CandidateTable Build(CatalogSnapshot catalog, RoutingPolicy policy, AvailabilityTracker tracker)
    {
        var weights = new double[catalog.Count];
        var blocked = new bool[catalog.Count];
        var health = new ModelHealth[catalog.Count];
        var weightsById = policy.WeightsById();
        for (var i = 0; i < catalog.Count; i++)
        {
            var model = catalog.Models[i];
            blocked[i] = policy.IsBlocked(model.Id);
            weights[i] = blocked[i] ? 0 : weightsById.GetValueOrDefault(model.Id, RoutingPolicy.DefaultWeight);
            health[i] = tracker.GetModel(model.Id, model.Provider);
        }

        return new CandidateTable(catalog, policy, weights, blocked, health);
    }
}
