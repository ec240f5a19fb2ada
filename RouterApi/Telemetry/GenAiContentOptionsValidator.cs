using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>Refuses a content cap that captures nothing or more than a span exporter would carry.</summary>
internal sealed class GenAiContentOptionsValidator : IValidateOptions<GenAiContentOptions>
{
    // Past 1 MiB a single attribute outgrows what OTLP backends accept in one span.
    private const int MaxCapturedContentBytes = 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, GenAiContentOptions options) =>
        options.MaxCapturedContentBytes is < 1 or > MaxCapturedContentBytes
            ? ValidateOptionsResult.Fail($"Telemetry:MaxCapturedContentBytes must be between 1 and {MaxCapturedContentBytes}.")
            : ValidateOptionsResult.Success;
}
