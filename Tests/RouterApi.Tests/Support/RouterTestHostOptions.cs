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

    /// <summary>Adds the simulator's Groq-like provider to the router, with a static catalog of one model.</summary>
    public void AddGroq()
    {
        GroqEnabled = true;
        Settings["Providers:groq:CatalogSource"] = "Static";
        Settings["Providers:groq:ApiKey"] = "gsk_simulated";
        Settings["Providers:groq:Models:0:Id"] = GroqModel;
        Settings["Providers:groq:Models:0:UpstreamId"] = "llama-3.3-70b-versatile";
        Settings["Providers:groq:Models:0:ContextLength"] = "131072";
    }

    public const string GroqModel = "groq/llama-3.3-70b-versatile";

    /// <summary>Whether the router should also use the simulator's Groq-like provider (its base URL is known once the simulator runs).</summary>
    public bool GroqEnabled { get; private set; }
}
