extern alias simulator;

using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;
using simulator::AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.RouterApi.Tests.Support;

internal sealed class RouterTestHostOptions
{
    /// <summary>The simulator's setup; zero-latency by default so tests run fast, with OpenRouter's free quota off.</summary>
    public SimulatorOptions Simulator { get; } = new()
    {
        Mode = SimulatorModes.ZeroLatency,
        OpenRouter = { Quota = { Enabled = false } },
    };

    /// <summary>What the simulator's port speaks; <see cref="HttpProtocols.Http2"/> serves only HTTP/2 with prior knowledge (h2c).</summary>
    public HttpProtocols SimulatorProtocols { get; set; } = HttpProtocols.Http1;

    /// <summary>Extra RouterApi configuration (e.g. <c>Routing:AttemptBudget</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>RouterApi configuration whose value depends on where the simulator listens (e.g. a provider's base URL).</summary>
    public Dictionary<string, Func<SimulatorHandle, string>> SimulatorSettings { get; } = new(StringComparer.Ordinal);

    /// <summary>A Redis another replica already uses (not disposed with this host); null starts a private Garnet.</summary>
    public TestRedis? SharedRedis { get; set; }

    /// <summary>A simulator another replica already uses (not disposed with this host); null starts one from <see cref="Simulator"/>.</summary>
    public SimulatorHandle? SharedSimulator { get; set; }

    /// <summary>The router's clock (a FakeTimeProvider in tests that move time); null keeps the system clock.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Runs the simulator on <see cref="Time"/> too, so its quotas and latency follow the test's fake clock.</summary>
    public bool SimulatorSharesClock { get; set; }

    /// <summary>The router's hosting environment (e.g. Development, as under the AppHost); null keeps the factory's default.</summary>
    public string? Environment { get; set; }

    /// <summary>Replaces or adds router services after the router registered its own.</summary>
    public Action<IServiceCollection>? Services { get; set; }

    /// <summary>Seeds the router's random source, for reproducible selection.</summary>
    public int? Seed { get; set; }

    /// <summary>
    /// Adds the simulator's Groq-like provider to the router, with a static catalog of one model (one of its defaults unless
    /// given), public as <c>groq/{upstreamId}</c>.
    /// </summary>
    public void AddGroq(string upstreamId = GroqUpstreamId)
    {
        GroqEnabled = true;
        Settings["Providers:groq:CatalogSource"] = "Static";
        Settings["Providers:groq:ApiKey"] = "gsk_simulated";
        Settings["Providers:groq:Models:0:Id"] = upstreamId;
        Settings["Providers:groq:Models:0:ContextLength"] = "131072";
    }

    public const string GroqModel = "groq/" + GroqUpstreamId;

    public const string GroqUpstreamId = "openai/gpt-oss-120b";

    /// <summary>Adds the simulator's Cloudflare Workers AI as an image provider with FLUX schnell, configured as an operator would.</summary>
    public void AddCloudflareImages()
    {
        CloudflareImagesEnabled = true;
        Settings["Providers:cloudflare:CatalogSource"] = "Static";
        Settings["Providers:cloudflare:ApiKey"] = "cf-simulated-token";
        Settings["Providers:cloudflare:Images:Api"] = "Cloudflare";
        Settings["Providers:cloudflare:Models:0:Id"] = CloudflareImageModel;
        Settings["Providers:cloudflare:Models:0:UpstreamId"] = "@cf/black-forest-labs/flux-1-schnell";
        Settings["Providers:cloudflare:Models:0:OutputModalities:0"] = "image";
    }

    public const string CloudflareImageModel = "cloudflare/flux-1-schnell";

    /// <summary>Whether the router should also use the simulator's Cloudflare Workers AI for images (its URLs are known once the simulator runs).</summary>
    public bool CloudflareImagesEnabled { get; private set; }

    /// <summary>Whether the router should also use the simulator's Groq-like provider (its base URL is known once the simulator runs).</summary>
    public bool GroqEnabled { get; private set; }

    /// <summary>False leaves OpenRouter out of the router's providers.</summary>
    public bool OpenRouterEnabled { get; set; } = true;

    /// <summary>Simulated providers the router also uses, configured once the simulator runs.</summary>
    public List<SimulatedProvider> Providers { get; } = [];

    /// <summary>The router with only this provider, so every answer went through its wire format.</summary>
    public void UseOnly(SimulatedProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        OpenRouterEnabled = false;
        Add(provider);
    }

    /// <summary>Adds a simulated provider to the router, served without limits by the simulator.</summary>
    public void Add(SimulatedProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        provider.ServeWithoutLimits(Simulator);
        Providers.Add(provider);
    }
}
