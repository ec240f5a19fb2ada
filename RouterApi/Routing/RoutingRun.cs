using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Routing;

/// <summary>One request's way through the routing pipeline, kept across a wait for a reset: what it needs, what was tried, what it learnt.</summary>
internal sealed class RoutingRun(ChatRequest request, RequestRequirements requirements, RoutingPolicy policy, long startedTimestamp)
{
    /// <summary>What routes the request: the model asked for, its fallbacks and hints.</summary>
    public ChatRequest Request { get; } = request;

    public RoutingPolicy Policy { get; } = policy;

    /// <summary>When the client's request started (<see cref="TimeProvider.GetTimestamp"/>); the deadline counts from there.</summary>
    public long StartedTimestamp { get; } = startedTimestamp;

    public RequestRequirements Requirements { get; set; } = requirements;

    /// <summary>Every attempt so far, in order. Room for one: most requests are served by their first, and a fallback grows it.</summary>
    public List<AttemptRecord> Attempts { get; } = new(1);

    /// <summary>The earliest time a matching model that was cooling becomes available again (from the plans, and models found cooling on the way).</summary>
    public DateTimeOffset? EarliestReset { get; private set; }

    public void NoteReset(DateTimeOffset? until)
    {
        if (until is { } time && (EarliestReset is null || time < EarliestReset))
        {
            EarliestReset = time;
        }
    }

    /// <summary>The failure of an upstream that refused the request itself (its error was returned).</summary>
    public UpstreamFailure? Rejected { get; set; }

    public bool Served { get; set; }

    /// <summary>The model that answered, once one did.</summary>
    public ModelInfo? ServedBy { get; set; }

    /// <summary>The tokens the answer reported, when it did.</summary>
    public TokenUsage? Usage { get; set; }

    public bool HasBudget => Attempts.Count < Policy.AttemptBudget;

    /// <summary>The request's attempts racing for its response: counts those started, lets one commit.</summary>
    public AttemptRace Race { get; } = new();

    /// <summary>Whether the request has hedged already (one hedge per request).</summary>
    public bool Hedged { get; set; }

    /// <summary>Where the current pass over the candidates began in <see cref="Attempts"/>; a pass tries each model once.</summary>
    public int PassStart { get; private set; }

    /// <summary>Starts a pass: each model may be tried once more, and what is known of resets is learnt afresh.</summary>
    public void BeginPass()
    {
        PassStart = Attempts.Count;
        EarliestReset = null;
    }

    public bool WasTriedThisPass(string modelId) => AttemptRecord.WasTried(Attempts, modelId, PassStart);
}
