using System.Security.Claims;
using AspireRouter.AdminPortal.Authentication;
using AspireRouter.AdminPortal.Extensions;
using AspireRouter.RouterCore;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using StackExchange.Redis;

namespace AspireRouter.AdminPortal.Tests.Common;

/// <summary>
/// bunit with MudBlazor set up as MudBlazor's own tests do (loose JS interop, no transitions), a signed-in admin, a fake clock,
/// and the portal's real services over a private Garnet.
/// </summary>
internal sealed class PortalTestContext : IAsyncDisposable
{
    /// <summary>The client address the signed-in admin works from.</summary>
    public const string OperatorAddress = "198.51.100.42";

    public static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly IHost _app;

    private PortalTestContext(TestRedis redis, ConnectionMultiplexer connection, IHost app, FakeTimeProvider time)
    {
        Redis = redis;
        Connection = connection;
        _app = app;
        Time = time;
        Bunit = new BunitContext();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Bunit.Services.AddSingleton<TimeProvider>(time);
        Bunit.Services.AddScoped<OperatorIdentity>();
        Bunit.AddAuthorization().SetAuthorized(AdminSignIn.AdminName).SetClaims(new Claim(SessionClaims.ClientAddress, OperatorAddress));
        Bunit.Services.AddFallbackServiceProvider(app.Services);
    }

    public BunitContext Bunit { get; }

    public TestRedis Redis { get; }

    public ConnectionMultiplexer Connection { get; }

    public IDatabase Database => Connection.GetDatabase();

    public FakeTimeProvider Time { get; }

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <param name="settings">Configuration of the portal, e.g. <c>Providers:...</c> or <c>Routing:...</c>.</param>
    public static async Task<PortalTestContext> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(Start);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [ProviderDefaults.SwitchKey] = "false" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<IConnectionMultiplexer>(connection);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddRouterCore();
        builder.Services.AddPortalViews();
        return new PortalTestContext(redis, connection, builder.Build(), time);
    }

    /// <summary>Publishes a pool in <c>ar:catalog</c>, as HealthProbe will.</summary>
    public Task PublishCatalogAsync(params ModelInfo[] models) => PublishAsync(models, sandbox: false);

    /// <summary>Publishes a pool in <c>ar:catalog</c> as HealthProbe will in front of the sandbox's simulated providers.</summary>
    public Task PublishSandboxCatalogAsync(params ModelInfo[] models) => PublishAsync(models, sandbox: true);

    private Task PublishAsync(ModelInfo[] models, bool sandbox) =>
        Service<CatalogRepository>().WriteAsync(models, "openrouter", Time.GetUtcNow(), sandbox, Service<RouterEventPublisher>());

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        _app.Dispose();
        await Connection.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
