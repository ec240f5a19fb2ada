using AspireRouter.RouterApi.Telemetry;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>The caller's trace a request names in the request log while the router builds no spans of its own.</summary>
public sealed class TraceParentHeaderTests
{
    [Theory]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "4bf92f3577b34da6a3ce929d0e0e4736")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03", "4bf92f3577b34da6a3ce929d0e0e4736")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", null)]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01", null)]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", null)]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01", null)]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void SampledTraceId_IsTheCallersTrace_OnlyWhenTheCallerRecordsIt(string? traceparent, string? expected) =>
        Assert.Equal(expected, TraceParentHeader.SampledTraceId(traceparent));
}
