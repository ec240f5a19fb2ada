using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>The models the simulated OpenRouter serves now: the fixture, or a replayed history day, plus runtime churn.</summary>
internal sealed class OpenRouterCatalog
{
    private readonly Lock _gate = new();
    private readonly FixtureCatalog _fixture;
    private readonly CatalogHistory _history;
    private readonly TimeProvider _time;
    private readonly IOptions<SimulatorOptions> _options;
    private CatalogSnapshot _snapshot;
    private HistoryReplay? _replay;
    private int _servedDay;

    public OpenRouterCatalog(FixtureCatalog fixture, CatalogHistory history, TimeProvider time, IOptions<SimulatorOptions> options)
    {
        _fixture = fixture;
        _history = history;
        _time = time;
        _options = options;
        _snapshot = new CatalogSnapshot([]);
        Reset();
    }

    public CatalogSnapshot Current
    {
        get
        {
            if (_replay is { } replay)
            {
                FollowReplay(replay);
            }

            return Volatile.Read(ref _snapshot);
        }
    }

    /// <summary>The history day served, or null while the fixture catalog is served.</summary>
    public int? HistoryDay => _replay is null ? null : _servedDay;

    public int HistoryDayCount => _history.DayCount;

    public DateTimeOffset HistorySnapshotTaken(int day) => _history.Snapshot(day).Taken;

    public void Reset()
    {
        var history = _options.Value.OpenRouter.History;
        if (history.Enabled)
        {
            SelectHistoryDay(history.StartDay);
            return;
        }

        lock (_gate)
        {
            _replay = null;
            Volatile.Write(ref _snapshot, new CatalogSnapshot(_fixture.Models));
        }
    }

    public void SelectHistoryDay(int day)
    {
        lock (_gate)
        {
            var start = _history.Clamp(day);
            _replay = new HistoryReplay(start, _time.GetUtcNow(), _options.Value.OpenRouter.History.DayLength);
            Serve(start);
        }
    }

    public void Add(CatalogModel model)
    {
        lock (_gate)
        {
            Volatile.Write(ref _snapshot, _snapshot.With(model));
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            var found = _snapshot.ById.ContainsKey(id);
            Volatile.Write(ref _snapshot, _snapshot.Without(id));
            return found;
        }
    }

    private void FollowReplay(HistoryReplay replay)
    {
        var day = _history.Clamp(replay.DayAt(_time.GetUtcNow()));
        if (day == _servedDay)
        {
            return;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_replay, replay) && day != _servedDay)
            {
                Serve(day);
            }
        }
    }

    private void Serve(int day)
    {
        _servedDay = day;
        Volatile.Write(ref _snapshot, new CatalogSnapshot(_history.ModelsFor(day)));
    }
}
