using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.UpstreamSimulator.Tests.Support;

/// <summary>Starts in-process simulators the way the tests need them: realistic replies, no latency unless a test asks.</summary>
internal static class TestSimulator
{
    public const string Key = "sk-or-v1-test-key-0001";
    public const string OtherKey = "sk-or-v1-test-key-0002";

    /// <summary>Free, supports tools and response_format.</summary>
    public const string FreeToolModel = "nvidia/nemotron-nano-9b-v2:free";

    /// <summary>Free, reads images, supports neither tools nor response_format.</summary>
    public const string FreeVisionModel = "google/gemma-3-4b-it:free";

    /// <summary>Free, text in and out, no tools.</summary>
    public const string FreeTextOnlyModel = "meta-llama/llama-3.2-3b-instruct:free";

    /// <summary>Paid; draws images.</summary>
    public const string ImageModel = "google/gemini-2.5-flash-image";

    /// <summary>Paid text model, outside the free quotas.</summary>
    public const string PaidModel = "ai21/jamba-large-1.7";

    public static Task<SimulatorHandle> StartAsync(Action<SimulatorOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new SimulatorOptions { Latency = [new LatencyRule { TimeToFirstTokenMs = 0, TokensPerSecond = 0 }] };
        configure?.Invoke(options);
        return SimulatorHost.StartAsync(options, time, TestContext.Current.CancellationToken);
    }

    public static HttpClient Client(this SimulatorHandle simulator) => new() { BaseAddress = simulator.BaseAddress };
}
