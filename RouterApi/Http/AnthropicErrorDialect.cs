using Microsoft.AspNetCore.Diagnostics;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Endpoint metadata: the errors of this endpoint are written in Anthropic's shape (<see cref="AnthropicErrorBody"/>) by every
/// writer that goes through <see cref="OpenAiErrorResults"/>, the exception handler's 500 included.
/// </summary>
internal sealed class AnthropicErrorDialect
{
    public static AnthropicErrorDialect Instance { get; } = new();

    private AnthropicErrorDialect()
    {
    }

    /// <summary>Whether the request's endpoint (or, in the exception handler, the endpoint that threw) speaks Anthropic's errors.</summary>
    public static bool AppliesTo(HttpContext context)
    {
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return endpoint?.Metadata.GetMetadata<AnthropicErrorDialect>() is not null;
    }
}
