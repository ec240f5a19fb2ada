using System.Diagnostics;
using AspireRouter.ServiceDefaults;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>
/// What a service's default telemetry traces: a request starts a trace and everything it does is in it; work that no request
/// started (a background loop's Redis command or HTTP call) starts none unless <c>Telemetry:BackgroundTraces</c> asks for it.
/// Spans come from a source of the test's own (the host's application name), so no other test's listener takes part.
/// </summary>
public sealed class BackgroundTraceSamplingTests
{
    [Fact]
    public void BackgroundRoot_IsNotRecorded_AndNeitherIsWhatItStarts()
    {
        using var traced = TracedHost.Start(backgroundTraces: null);

        using var loop = traced.Source.StartActivity("EXEC", ActivityKind.Client);
        using var inner = traced.Source.StartActivity("HSET", ActivityKind.Client);

        Assert.False(loop?.Recorded ?? false, "a background loop's root span was recorded");
        Assert.False(inner?.Recorded ?? false, "a span under a dropped background root was recorded");
    }

    [Fact]
    public void RequestRoot_IsRecorded_WithItsChildren()
    {
        using var traced = TracedHost.Start(backgroundTraces: null);

        using var request = traced.Source.StartActivity("POST /v1/chat/completions", ActivityKind.Server);
        using var routing = traced.Source.StartActivity("route free");
        using var redis = traced.Source.StartActivity("EXEC", ActivityKind.Client);

        Assert.True(request?.Recorded, "the request's root span was not recorded");
        Assert.True(routing?.Recorded, "the request's routing span was not recorded");
        Assert.True(redis?.Recorded, "the request's own Redis command was not recorded");
    }

    [Fact]
    public void RequestFromAnUnsampledCaller_FollowsTheCaller()
    {
        using var traced = TracedHost.Start(backgroundTraces: null);
        var caller = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None, isRemote: true);

        using var request = traced.Source.StartActivity("GET /v1/router/status", ActivityKind.Server, caller);

        Assert.False(request?.Recorded ?? false, "a request whose caller dropped its trace (a background refresh) was recorded");
    }

    [Fact]
    public void BackgroundTracesOn_RecordsBackgroundRoots()
    {
        using var traced = TracedHost.Start(backgroundTraces: true);

        using var loop = traced.Source.StartActivity("EXEC", ActivityKind.Client);

        Assert.True(loop?.Recorded, "Telemetry:BackgroundTraces=true did not record a background root span");
    }

    [Fact]
    public void WithoutAnExporter_NothingIsTraced_SoRequestsPayNothingForSpans()
    {
        using var traced = TracedHost.Start(backgroundTraces: true, exporter: false);

        using var request = traced.Source.StartActivity("POST /v1/chat/completions", ActivityKind.Server);

        Assert.Null(request);
    }
}
