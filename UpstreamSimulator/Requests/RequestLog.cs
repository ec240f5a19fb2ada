using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Requests;

/// <summary>The last requests received (a bounded ring) and a count per provider and model that is never trimmed.</summary>
internal sealed class RequestLog(TimeProvider time, IOptions<SimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private readonly RecordedRequest?[] _ring = new RecordedRequest?[options.Value.RequestLogCapacity];
    private readonly Dictionary<(string Provider, string Model), long> _counts = [];
    private readonly List<(long Total, TaskCompletionSource Reached)> _waiters = [];
    private long _sequence;
    private long _recorded;

    public RequestTrace Start(string provider, string path) =>
        new(Interlocked.Increment(ref _sequence), provider, path, time.GetUtcNow());

    public void Record(RecordedRequest request)
    {
        ServerSpanTags.Describe(request);
        lock (_gate)
        {
            _ring[_recorded % _ring.Length] = request;
            _recorded++;
            if (request.Model is { } model)
            {
                _counts[(request.Provider, model)] = _counts.GetValueOrDefault((request.Provider, model)) + 1;
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Total <= _recorded)
                {
                    _waiters[i].Reached.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Completes once <paramref name="total"/> requests have been recorded since the last clear.</summary>
    public Task WaitForTotalAsync(long total, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_recorded >= total)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((total, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The kept requests, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            var kept = (int)Math.Min(_recorded, _ring.Length);
            var result = new List<RecordedRequest>(kept);
            for (var i = _recorded - kept; i < _recorded; i++)
            {
                result.Add(_ring[i % _ring.Length]!);
            }

            return result;
        }
    }

    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _recorded;
            }
        }
    }

    public long Count(string model, string? provider = null)
    {
        lock (_gate)
        {
            return _counts.Where(c => c.Key.Model == model && (provider is null || c.Key.Provider == provider)).Sum(c => c.Value);
        }
    }

    /// <summary>Counts per provider, then per model.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, long>> CountsByProvider()
    {
        lock (_gate)
        {
            return _counts.GroupBy(c => c.Key.Provider)
                .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Key.Model, c => c.Value));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _counts.Clear();
            _recorded = 0;
        }
    }
}
