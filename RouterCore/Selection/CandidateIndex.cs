using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// The pool models with one set of capabilities (operator weight above 0, not blocked), ranked for sampling without a scan: by
/// context window and by parameter count, all together and per provider, so every hint narrows the pool to slices. Its
/// sampling weights are the operator's; for a client's sort, a view of the same rankings weighted by each model's sort factor
/// as it was when the view was built is kept until the sampler finds it too far from the factors now (<see cref="Forget"/>).
/// </summary>
internal sealed class CandidateIndex
{
    private readonly CandidateIndex?[] _sorted = new CandidateIndex?[Enum.GetValues<RoutingSort>().Length];

    private CandidateIndex(
        string[] providers, RankedModels[] byContext, RankedModels[] bySize, double[]? sortFactors)
    {
        Providers = providers;
        ByContext = byContext;
        BySize = bySize;
        SortFactors = sortFactors;
    }

    /// <summary>The providers of the indexed models; their rankings are at the same place plus one in <see cref="ByContext"/> and <see cref="BySize"/>.</summary>
    public string[] Providers { get; }

    /// <summary>By context window: first every indexed model, then each provider's.</summary>
    public RankedModels[] ByContext { get; }

    /// <summary>By total parameters: first every indexed model, then each provider's.</summary>
    public RankedModels[] BySize { get; }

    /// <summary>Per catalog position, the sort factor the weights were multiplied by; null for the operator's weights alone.</summary>
    public double[]? SortFactors { get; }

    public static CandidateIndex Build(CandidateTable table, ModelCapabilities capabilities)
    {
        var models = table.Catalog.Models;
        var positions = new List<int>();
        for (var i = 0; i < models.Length; i++)
        {
            if (table.OperatorWeights[i] > 0 && (models[i].Capabilities & capabilities) == capabilities)
            {
                positions.Add(i);
            }
        }

        var providers = positions.Select(position => models[position].Provider).Distinct(StringComparer.Ordinal).ToArray();
        List<int>[] groups = [positions, .. providers.Select(provider => positions.Where(position => models[position].Provider == provider).ToList())];
        double WeightOf(int position) => table.OperatorWeights[position];
        return new CandidateIndex(
            providers,
            [.. groups.Select(group => RankedModels.Build(group, position => ContextKey(models[position]), WeightOf))],
            [.. groups.Select(group => RankedModels.Build(group, position => SizeKey(models[position]), WeightOf))],
            sortFactors: null);
    }

    /// <summary>The rankings weighted for <paramref name="sort"/>: this index when the sort does not weigh (none, random).</summary>
    public CandidateIndex ForSort(CandidateTable table, RoutingSort? sort)
    {
        if (sort is not { } weighing || SortWeight.IsNeutral(weighing))
        {
            return this;
        }

        var view = Volatile.Read(ref _sorted[(int)weighing]);
        if (view is null)
        {
            view = Weighted(table, weighing);
            Volatile.Write(ref _sorted[(int)weighing], view);
        }

        return view;
    }

    /// <summary>Drops <paramref name="sort"/>'s view, so that the next request weighs the models with their factors then.</summary>
    public void Forget(RoutingSort? sort)
    {
        if (sort is { } weighing)
        {
            Volatile.Write(ref _sorted[(int)weighing], null);
        }
    }

    private CandidateIndex Weighted(CandidateTable table, RoutingSort sort)
    {
        var factors = new double[table.Catalog.Count];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = SortWeight.For(sort, table.Health[i]);
        }

        double WeightOf(int position) => table.OperatorWeights[position] * factors[position];
        return new CandidateIndex(
            Providers, [.. ByContext.Select(ranked => ranked.Reweighted(WeightOf))], [.. BySize.Select(ranked => ranked.Reweighted(WeightOf))], factors);
    }

    private static double ContextKey(ModelInfo model) => model.ContextLength == 0 ? double.NaN : model.ContextLength;

    private static double SizeKey(ModelInfo model) => model.Size?.TotalBillions ?? double.NaN;
}
