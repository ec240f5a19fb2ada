using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>The real AppHost started through DistributedApplicationTestingBuilder, with every service exporting traces to a test receiver.</summary>
internal sealed class RunningStack : IAsyncDisposable
{
    public static readonly string[] Services = ["routerapi", "healthprobe", "adminportal"];

    private RunningStack(DistributedApplication app, OtlpReceiver otlp)
    {
        App = app;
        Otlp = otlp;
    }

    public DistributedApplication App { get; }

    public OtlpReceiver Otlp { get; }

    public static async Task<RunningStack> StartAsync(string[] args, CancellationToken cancellationToken)
    {
        var otlp = await OtlpReceiver.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            args, (options, _) => options.DisableDashboard = true, cancellationToken);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.Endpoint.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200");
        }

        var app = await builder.BuildAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var stack = new RunningStack(app, otlp);
        foreach (var name in Services.Prepend("redis"))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken);
        }

        return stack;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Otlp.DisposeAsync();
    }
}
