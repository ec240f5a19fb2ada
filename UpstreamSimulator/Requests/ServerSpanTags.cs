using System.Diagnostics;

namespace AspireRouter.UpstreamSimulator.Requests;

/// <summary>
/// Names the simulated provider, model, status and fault on the request's server span, so a sandbox trace shows what the
/// simulated provider did; nothing happens when no one records the span.
/// </summary>
internal static class ServerSpanTags
{
    public static void Describe(RecordedRequest request)
    {
        if (Activity.Current is not { IsAllDataRequested: true } span)
        {
            return;
        }

        span.SetTag("simulator.provider", request.Provider);
        span.SetTag("simulator.model", request.Model);
        span.SetTag("simulator.stream", request.Stream);
        span.SetTag("simulator.fault", request.Fault);
    }
}
