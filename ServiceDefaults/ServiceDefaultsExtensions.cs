using AspireRouter.ServiceDefaults.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AspireRouter.ServiceDefaults;

/// <summary>Aspire's service defaults: the clock, telemetry, health checks, service discovery, HTTP resilience and a prompt stop.</summary>
public static class ServiceDefaultsExtensions
{
    private const string AliveTag = "live";
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // First, so that the clock registered is this one (Clock:Speed), not the system clock others add if none is.
        builder.Services.AddClock();
        builder.ConfigureOpenTelemetry();
        builder.AddFastShutdown();
        // Every loop logs and carries on past a Redis failure; should one still fail, the host logs it and keeps serving
        // from local state rather than stopping (.NET's default), since a stopped service refuses every request.
        builder.Services.Configure<HostOptions>(options => options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // ASP.NET Core builds an Activity and a log scope for every request while its hosting diagnostics log at any level;
        // they log only at Information, so unless configured otherwise they are off and a request pays for neither.
        if (builder.Configuration[$"Logging:LogLevel:{HostingDiagnosticsCategory}"] is null)
        {
            builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.None);
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        // The exporter is chosen while services are registered, before options can be resolved; the path is read when mapped.
        var prometheus = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.Prometheus ?? new PrometheusOptions();
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(RouterTelemetry.Name);
                if (prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        // Spans are built only where they go somewhere: without an exporter no request pays for recording them.
        if (builder.ExportsTraces())
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource(builder.Environment.ApplicationName, RouterTelemetry.Name)
                    .SetSampler(services => RootSampler(services.GetRequiredService<IOptions<TelemetryOptions>>().Value))
                    .AddAspNetCoreInstrumentation(options =>
                        options.Filter = context => !IsUntracedPath(context.Request.Path, prometheus))
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter();
            builder.Services.AddHostedService<TelemetryShutdown>();
        }

        return builder;
    }

    /// <summary>
    /// Whether spans go anywhere: an OTLP endpoint is configured. Without one nothing builds spans, Redis clients included
    /// (pass <c>DisableTracing = !builder.ExportsTraces()</c> to <c>AddRedisClient</c>).
    /// </summary>
    public static bool ExportsTraces(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [AliveTag]);
        return builder;
    }

    /// <summary>Maps <c>/health</c> and <c>/alive</c>, anonymous even where a fallback policy requires sign-in (the AppHost probes them).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPaths.Health).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Alive, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(AliveTag),
        }).AllowAnonymous();

        var prometheus = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        if (prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(prometheus.Path).AllowAnonymous();
        }

        return app;
    }

    // Only requests start traces unless background traces are asked for; a span with a parent always follows its parent.
    private static ParentBasedSampler RootSampler(TelemetryOptions options) =>
        new ParentBasedSampler(options.BackgroundTraces ? new AlwaysOnSampler() : new RequestRootSampler());

    // Health probes and scrapes come every few seconds from the orchestrator and the collector: noise, not requests.
    private static bool IsUntracedPath(Microsoft.AspNetCore.Http.PathString path, PrometheusOptions prometheus) =>
        HealthPaths.Contains(path) || (prometheus.Enabled && path.StartsWithSegments(prometheus.Path));
}
