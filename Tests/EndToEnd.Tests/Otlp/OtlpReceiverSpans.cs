namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>The received trace payloads read as spans.</summary>
internal static class OtlpReceiverSpans
{
    /// <summary>Every span received so far.</summary>
    public static List<ExportedSpan> Spans(this OtlpReceiver receiver) => [.. receiver.Traces.SelectMany(OtlpSpanReader.Read)];

    /// <summary>Waits until a span satisfying <paramref name="matches"/> arrives, and returns it.</summary>
    public static async Task<ExportedSpan> WaitForSpanAsync(this OtlpReceiver receiver, Func<ExportedSpan, bool> matches, CancellationToken cancellationToken)
    {
        await receiver.WaitForPayloadAsync(payload => OtlpSpanReader.Read(payload).Any(matches), cancellationToken);
        return receiver.Spans().First(matches);
    }
}
