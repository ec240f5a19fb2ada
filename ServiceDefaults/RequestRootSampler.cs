using System.Diagnostics;
using OpenTelemetry.Trace;

namespace AspireRouter.ServiceDefaults;

/// <summary>
/// Decides for a span without a parent: an incoming request (a server span) starts a trace; anything else (a Redis command,
/// an HTTP call or a component event of a background loop) is dropped, and what it starts is dropped with it. Used as the
/// root sampler of a <see cref="ParentBasedSampler"/>, so a span with a parent follows the parent's decision.
/// </summary>
internal sealed class RequestRootSampler : Sampler
{
    private static readonly SamplingResult Sample = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);

    public RequestRootSampler() => Description = nameof(RequestRootSampler);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Server ? Sample : Drop;
}
