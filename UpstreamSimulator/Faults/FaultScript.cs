using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Determinism;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Faults;

/// <summary>
/// The faults in force. The first matching rule whose seeded draw hits decides the request's fault, so the same seed and the
/// same sequence of requests always fail the same way.
/// </summary>
internal sealed class FaultScript
{
    private readonly Lock _gate = new();
    private readonly IOptions<SimulatorOptions> _options;
    private List<ActiveFault> _faults = [];
    private DeterministicRandom _random;
    private int _nextId;

    public FaultScript(IOptions<SimulatorOptions> options)
    {
        _options = options;
        Reset();
    }

    public IReadOnlyList<ActiveFault> Active
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults];
            }
        }
    }

    /// <param name="apiKey">The key the request was sent with, if any.</param>
    public FaultDecision? Draw(string provider, string model, string? apiKey)
    {
        if (Volatile.Read(ref _faults).Count == 0)
        {
            return null;
        }

        lock (_gate)
        {
            foreach (var fault in _faults)
            {
                if (!fault.Matches(provider, model, apiKey) || (fault.Rule.Probability < 1 && _random.NextDouble() >= fault.Rule.Probability))
                {
                    continue;
                }

                if (fault.Remaining is { } remaining)
                {
                    fault.Remaining = remaining - 1;
                    if (remaining == 1)
                    {
                        _faults = [.. _faults.Where(f => f != fault)];
                    }
                }

                return new FaultDecision(fault.Rule.Kind, fault.Rule.RetryAfterSeconds);
            }

            return null;
        }
    }

    /// <summary>Adds a rule after the existing ones and returns its id.</summary>
    public string Add(FaultRule rule)
    {
        if (FaultRuleValidator.Problem(rule) is { } problem)
        {
            throw new ArgumentException(problem, nameof(rule));
        }

        lock (_gate)
        {
            var fault = new ActiveFault($"fault-{++_nextId}", rule);
            _faults = [.. _faults, fault];
            return fault.Id;
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            var before = _faults.Count;
            _faults = [.. _faults.Where(f => f.Id != id)];
            return _faults.Count < before;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults = [];
        }
    }

    /// <summary>Back to the configured faults, with the random sequence restarted from the seed.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _random = new DeterministicRandom((ulong)_options.Value.Seed);
            _faults = [];
            _nextId = 0;
        }

        foreach (var rule in _options.Value.Faults)
        {
            Add(rule);
        }
    }
}
