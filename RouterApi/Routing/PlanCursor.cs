using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Routing;

/// <summary>A pass's walk over its plan: the next candidate, and a fresh plan when the requirements changed on the way.</summary>
internal sealed class PlanCursor(RoutePlanner planner, RoutingRun run) : IDisposable
{
    private RoutePlan _plan = planner.Plan(run.Request, run.Requirements);
    private int _index;

    /// <summary>How many candidates the current plan holds.</summary>
    public int Count => _plan.Count;

    /// <summary>Whether no candidate follows the one last taken.</summary>
    public bool IsAtEnd => _index >= _plan.Count;

    /// <summary>Whether the candidate last taken is one the client named, rather than one sampled from the pool.</summary>
    public bool LastWasNamed => _index <= _plan.Named;

    public DateTimeOffset? EarliestReset => _plan.EarliestReset;

    public bool TryNext(out ModelInfo model)
    {
        if (_index >= _plan.Count)
        {
            model = null!;
            return false;
        }

        model = _plan.Candidates[_index++];
        return true;
    }

    /// <summary>Plans again under the run's current requirements and starts from its first candidate.</summary>
    public void Replan()
    {
        _plan.Dispose();
        _plan = planner.Plan(run.Request, run.Requirements);
        _index = 0;
    }

    public void Dispose() => _plan.Dispose();
}
