using AspireRouter.ServiceDefaults;
using AspireRouter.UpstreamSimulator.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Under the AppHost the sandbox exports its own spans, continuing the router's traces; with no exporter set (benchmarks,
// a bare run) it records nothing at all.
if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    builder.ConfigureOpenTelemetry();
}

var app = SimulatorApplication.Build(builder);
app.Run();
