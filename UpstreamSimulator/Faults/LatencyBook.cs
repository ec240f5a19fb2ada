using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Faults;

/// <summary>Latency per provider and model: the first matching rule, else the mode's default.</summary>
internal sealed class LatencyBook
{
    private static readonly SimulatedLatency Realistic = new(TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1.0 / 80));
    private readonly Lock _gate = new();
    private readonly IOptions<SimulatorOptions> _options;
    private List<LatencyRule> _rules = [];

    public LatencyBook(IOptions<SimulatorOptions> options)
    {
        _options = options;
        Reset();
    }

    public SimulatedLatency For(string provider, string model)
    {
        foreach (var rule in Volatile.Read(ref _rules))
        {
            if ((rule.Provider == "*" || string.Equals(rule.Provider, provider, StringComparison.OrdinalIgnoreCase)) && (rule.Model == "*" || rule.Model == model))
            {
                return new SimulatedLatency(
                    TimeSpan.FromMilliseconds(rule.TimeToFirstTokenMs),
                    rule.TokensPerSecond > 0 ? TimeSpan.FromSeconds(1 / rule.TokensPerSecond) : TimeSpan.Zero);
            }
        }

        return _options.Value.Mode == SimulatorModes.ZeroLatency ? SimulatedLatency.None : Realistic;
    }

    /// <summary>Puts the rule first, replacing any rule for the same provider and model.</summary>
    public void Set(LatencyRule rule)
    {
        if (rule.TimeToFirstTokenMs < 0 || rule.TokensPerSecond < 0)
        {
            throw new ArgumentException("Latency must not be negative.", nameof(rule));
        }

        lock (_gate)
        {
            _rules = [rule, .. _rules.Where(r => !(r.Provider == rule.Provider && r.Model == rule.Model))];
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _rules = [.. _options.Value.Latency];
        }
    }
}
