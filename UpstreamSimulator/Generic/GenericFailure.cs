using System.Globalization;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;
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

    /// <summary>The same answer for handlers that write errors as JSON trees.</summary>
    public NativeFailure ToNative()
    {
        var error = new JsonObject { ["message"] = Error.Message, ["type"] = Error.Type };
        if (Error.Code is { } code)
        {
            error["code"] = code;
        }

        return new NativeFailure(Status, new JsonObject { ["error"] = error }) { RetryAfterSeconds = RetryAfterSeconds };
    }
}
