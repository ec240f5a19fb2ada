extern alias simulator;

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Net.Http.Headers;
using AspireRouter.RouterCore.Selection;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;
using simulator::AspireRouter.UpstreamSimulator.Control;
using simulator::AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// RouterApi on a real loopback port, in front of an in-process UpstreamSimulator, sharing a private Garnet:
/// the whole request path a client meets, with only base URLs pointing at the simulator.
/// </summary>
internal sealed class RouterTestHost : IAsyncDisposable
{
    public const string ClientKey = "test-client-key-0123456789";
    public const string UpstreamKey = "sk-or-v1-simulated-upstream-key";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly SimulatorHandle _simulator;
    private readonly TestRedis _redis;
    private readonly bool _ownsSimulator;
    private readonly bool _ownsRedis;

    private RouterTestHost(WebApplicationFactory<Program> factory, SimulatorHandle simulator, TestRedis redis, RouterTestHostOptions options)
    {
        _factory = factory;
        _simulator = simulator;
        _redis = redis;
        _ownsSimulator = options.SharedSimulator is null;
        _ownsRedis = options.SharedRedis is null;
        BaseAddress = factory.ClientOptions.BaseAddress;
        Client = factory.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ClientKey);
        Client.Timeout = TimeSpan.FromMinutes(1);
    }

    /// <summary>The router's root, e.g. <c>http://127.0.0.1:PORT/</c>; OpenAI clients use <c>{BaseAddress}v1</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri V1 => new(BaseAddress, "v1");

    /// <summary>An HttpClient to the router that sends the client key.</summary>
    public HttpClient Client { get; }

    public SimulatorControl Simulator => _simulator.Control;

    public SimulatorHandle SimulatorHandle => _simulator;

    public TestRedis Redis => _redis;

    public IServiceProvider Services => _factory.Services;

    public static async Task<RouterTestHost> StartAsync(Action<RouterTestHostOptions>? configure = null)
    {
        var options = new RouterTestHostOptions();
        configure?.Invoke(options);
        var redis = options.SharedRedis ?? await TestRedis.StartAsync(RedisKind.Garnet);
        var simulator = options.SharedSimulator ?? await SimulatorHost.StartAsync(options.Simulator, options.SimulatorSharesClock ? options.Time : null, options.SimulatorProtocols);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = redis.ConnectionString,
            ["Router:ClientKeys:test"] = ClientKey,
            ["Providers:openrouter:BaseUrl"] = simulator.OpenRouterEndpoint.ToString().TrimEnd('/'),
            ["Providers:openrouter:ApiKey"] = UpstreamKey,
            ["Providers:openrouter:Quotas:RequestsPerMinute"] = "1000000",
            ["Providers:openrouter:Quotas:RequestsPerDay"] = "1000000",
            ["Providers:openrouter:Quotas:LearnFromUpstream"] = "false",
            ["Providers:openrouter:Enabled"] = options.OpenRouterEnabled ? "true" : "false",
            ["ProviderDefaults"] = "false",
        };
        foreach (var provider in options.Providers)
        {
            foreach (var (key, value) in provider.Settings(simulator))
            {
                settings[key] = value;
            }
        }

        if (options.GroqEnabled)
        {
            settings["Providers:groq:BaseUrl"] = simulator.ProviderEndpoint("groq").ToString().TrimEnd('/');
        }

        if (options.CloudflareImagesEnabled)
        {
            settings["Providers:cloudflare:BaseUrl"] = simulator.ProviderEndpoint("cloudflare").ToString().TrimEnd('/');
            settings["Providers:cloudflare:Images:BaseUrl"] = simulator.CloudflareAiRunEndpoint("test-account").ToString();
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in options.SimulatorSettings)
        {
            settings[key] = value(simulator);
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            if (options.Environment is { } environment)
            {
                web.UseEnvironment(environment);
            }

            web.ConfigureTestServices(services =>
            {
                options.Services?.Invoke(services);
                if (options.Time is { } clock)
                {
                    services.AddSingleton(clock);
                }

                if (options.Seed is { } seed)
                {
                    services.AddSingleton<IRandomSource>(new RandomSource(new Random(seed)));
                }
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var host = new RouterTestHost(factory, simulator, redis, options);
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>The official OpenAI .NET SDK, changed only in base URL and key.</summary>
    public ChatClient ChatClient(string model = "free") =>
        new(model, new ApiKeyCredential(ClientKey), new OpenAIClientOptions { Endpoint = V1, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsSimulator)
        {
            await _simulator.DisposeAsync();
        }

        if (_ownsRedis)
        {
            await _redis.DisposeAsync();
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var response = await Client.GetAsync(new Uri(BaseAddress, "health"), timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
