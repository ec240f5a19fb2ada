using System.Diagnostics;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Requests;

/// <summary>In a traced run (the sandbox under the AppHost), the simulator's server span says which provider and model it played, and the fault it served.</summary>
public sealed class ServerSpanTagsTests
{
    [Fact]
    public async Task RecordedServerSpan_NamesTheSimulatedProviderModelAndFault()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var serverSpan = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId && activity.Kind == ActivityKind.Server)
                {
                    serverSpan.TrySetResult(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var simulator = await TestSimulator.StartAsync(o => o.Faults = [new FaultRule { Model = TestSimulator.PaidModel, Kind = FaultKinds.BadGateway502 }]);
        using var client = simulator.Client();

        using (new Activity("router").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
        {
            (await client.ChatAsync(TestSimulator.PaidModel)).Dispose();
        }

        var span = await serverSpan.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal("openrouter", span.GetTagItem("simulator.provider"));
        Assert.Equal(TestSimulator.PaidModel, span.GetTagItem("simulator.model"));
        Assert.False(string.IsNullOrEmpty(span.GetTagItem("simulator.fault") as string), "the span does not name the scripted fault");
    }
}
