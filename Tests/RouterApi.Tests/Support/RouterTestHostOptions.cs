extern alias simulator;

using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Support;

internal sealed class RouterTestHostOptions
{
    /// <summary>The simulator's setup; zero-latency by default so tests run fast, with OpenRouter's free quota off.</summary>
    public SimulatorOptions Simulator { get; } = new()
    {
        Mode = SimulatorModes.ZeroLatency,
        OpenRouter = { Quota = { Enabled = false } },
    };

    /// <summary>Extra RouterApi configuration (e.g. <c>Routing:AttemptBudget</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Seeds the router's random source, for reproducible selection.</summary>
    public int? Seed { get; set; }
}
