using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The router's metrics and its telemetry options: <c>Telemetry:*</c>, with content capture defaulting to the conventions'
    /// <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c> when <c>Telemetry:CaptureMessageContent</c> is not set.
    /// </summary>
    public static IServiceCollection AddRouterTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<RouterMetrics>();
        services.AddSingleton<IValidateOptions<GenAiContentOptions>, GenAiContentOptionsValidator>();
        services.AddOptions<GenAiContentOptions>()
            .BindConfiguration(GenAiContentOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (configuration[$"{GenAiContentOptions.SectionName}:{nameof(GenAiContentOptions.CaptureMessageContent)}"] is null
                    && bool.TryParse(configuration[GenAiContentOptions.CaptureContentVariable], out var capture))
                {
                    options.CaptureMessageContent = capture;
                }
            })
            .ValidateOnStart();
        return services;
    }
}
