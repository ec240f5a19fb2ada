using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>The spans an <see cref="OtlpReceiver"/> has received, read from its raw payloads.</summary>
internal static class OtlpReceiverSpans
{
    public static IReadOnlyList<ReceivedSpan> Spans(this OtlpReceiver receiver) => [.. receiver.Traces.SelectMany(OtlpSpanReader.Read)];

    public static Task WaitForSpansAsync(this OtlpReceiver receiver, Func<IReadOnlyList<ReceivedSpan>, bool> condition, string what, TimeSpan timeout) =>
        Eventually.UntilAsync(() => condition(receiver.Spans()), what, timeout);
}
