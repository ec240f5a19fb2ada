using System.Collections.Concurrent;
using System.Diagnostics;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// Listens to the router's spans and the HTTP client's, and keeps those of one trace: the test's own, started here and made
/// current so that its requests carry it to the router.
/// </summary>
internal sealed class RecordedSpans : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly Activity _test;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public RecordedSpans()
    {
        _test = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "AspireRouter" or "System.Net.Http" or "Microsoft.AspNetCore",
            // Only this trace: other tests' hosts in the process keep their own sampling.
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Parent.TraceId == TraceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == TraceId)
                {
                    _stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ActivityTraceId TraceId => _test.TraceId;

    /// <summary>The router's routing spans of this trace.</summary>
    public List<Activity> Routing() => [.. _stopped.Where(span => span.Source.Name == "AspireRouter" && span.OperationName == "route")];

    /// <summary>The spans whose parent is <paramref name="parent"/>, from <paramref name="source"/>, in the order they started.</summary>
    public List<Activity> ChildrenOf(Activity parent, string source) =>
        [.. _stopped.Where(span => span.ParentSpanId == parent.SpanId && span.Source.Name == source).OrderBy(span => span.StartTimeUtc)];

    public void Dispose()
    {
        _test.Dispose();
        _listener.Dispose();
    }
}
