using Microsoft.Extensions.Options;

namespace AspireRouter.ServiceDefaults;

/// <summary>Refuses a scrape path that is not a path, or that would take the place of the health endpoints.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var path = options.Prometheus.Path;
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || path.Length == 1)
        {
            return ValidateOptionsResult.Fail($"{TelemetryOptions.SectionName}:Prometheus:Path must be a path such as '{PrometheusOptions.DefaultPath}', not '{path}'.");
        }

        return HealthPaths.Contains(path)
            ? ValidateOptionsResult.Fail($"{TelemetryOptions.SectionName}:Prometheus:Path '{path}' is a health endpoint.")
            : ValidateOptionsResult.Success;
    }
}
