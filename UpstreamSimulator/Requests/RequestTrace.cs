namespace AspireRouter.UpstreamSimulator.Requests;

/// <summary>What a handler learns about a request while serving it, recorded when it is done.</summary>
internal sealed class RequestTrace(long sequence, string provider, string path, DateTimeOffset receivedAt)
{
    public long Sequence => sequence;

    public string? Model { get; set; }

    public string? KeySuffix { get; set; }

    public bool Stream { get; set; }

    public string? Fault { get; set; }

    public RecordedRequest Complete(int status) => new(sequence, provider, path, Model, KeySuffix, Stream, receivedAt, status, Fault);
}
