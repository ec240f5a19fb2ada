using System.Globalization;
using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>An OpenAI-compatible error answer, with <c>retry-after</c> (seconds) when the provider says when to come back.</summary>
internal sealed record GenericFailure(int Status, GenericErrorBody Error)
{
    public int? RetryAfterSeconds { get; init; }

    public void Write(HttpResponse response)
    {
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        JsonResponse.Write(response, Status, new GenericError(Error), WireJsonContext.Default.GenericError);
    }
}
