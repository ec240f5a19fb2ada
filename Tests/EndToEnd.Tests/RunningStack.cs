using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>
/// The real AppHost started through DistributedApplicationTestingBuilder, with every service exporting traces and metrics to a test
/// receiver and every log line (the AppHost's and, forwarded by Aspire, each resource's) collected.
/// </summary>
internal sealed class RunningStack : IAsyncDisposable
{
    public static readonly string[] Services = ["routerapi", "healthprobe", "adminportal"];

    private readonly ConcurrentQueue<string> _logLines;
    private readonly DirectoryInfo? _ownDataDirectory;

    private RunningStack(DistributedApplication app, OtlpReceiver otlp, ConcurrentQueue<string> logLines, DirectoryInfo? ownDataDirectory)
    {
        App = app;
        Otlp = otlp;
        _logLines = logLines;
        _ownDataDirectory = ownDataDirectory;
    }

    public DistributedApplication App { get; }

    public OtlpReceiver Otlp { get; }

    /// <summary>Every log line of every resource so far.</summary>
    public IReadOnlyCollection<string> LogLines => _logLines;

    /// <param name="healthy">Resources to wait for until healthy; by default redis and the three services.</param>
    /// <param name="dataDirectory">
    /// Where Redis keeps its data (<c>Redis:DataDirectory</c>); by default a new folder of the stack's own, deleted with it, so
    /// that no test reads or leaves state in the user's.
    /// </param>
    public static async Task<RunningStack> StartAsync(string[] args, CancellationToken cancellationToken, string[]? healthy = null, string? dataDirectory = null)
    {
        var ownDataDirectory = dataDirectory is null ? Directory.CreateTempSubdirectory("apphost-redis-") : null;
        var otlp = await OtlpReceiver.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [.. args, $"--Redis:DataDirectory={dataDirectory ?? ownDataDirectory!.FullName}"],
            (options, _) => options.DisableDashboard = true,
            cancellationToken);
        var logLines = new ConcurrentQueue<string>();
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            // Resources' own output at every level; Aspire's internals at the levels a user runs them with (its Debug
            // notifications dump parameter values, which is Aspire's choice and off by default).
            .AddFilter<CollectingLoggerProvider>((category, level) => level >= (category?.StartsWith("Aspire.Hosting", StringComparison.Ordinal) == true ? LogLevel.Information : LogLevel.Trace))
            .AddProvider(new CollectingLoggerProvider(logLines)));
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.Endpoint.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "1000");
        }

        var app = await builder.BuildAsync(cancellationToken);
        var stack = new RunningStack(app, otlp, logLines, ownDataDirectory);
        await app.StartAsync(cancellationToken);
        foreach (var name in healthy ?? [.. Services.Prepend("redis")])
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken);
        }

        return stack;
    }

    /// <summary>The router's client key, as the AppHost generated and keeps it (parameter <c>router-client-key</c>).</summary>
    public Task<string> ClientKeyAsync(CancellationToken cancellationToken) => ParameterAsync("router-client-key", cancellationToken);

    /// <summary>The value of an AppHost parameter, e.g. <c>admin-password</c>.</summary>
    public async Task<string> ParameterAsync(string name, CancellationToken cancellationToken)
    {
        var parameter = App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<ParameterResource>().Single(resource => resource.Name == name);
        return await parameter.GetValueAsync(cancellationToken) ?? throw new InvalidOperationException($"The AppHost has no value for '{name}'.");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Otlp.DisposeAsync();
        _ownDataDirectory?.Delete(recursive: true);
    }
}
