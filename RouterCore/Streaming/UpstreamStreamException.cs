using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Streaming;

/// <summary>An upstream stream that cannot be read any further for a reason of its own (an event too large, silence too long).</summary>
public sealed class UpstreamStreamException : IOException
{
    public UpstreamStreamException()
        : this(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The upstream stream could not be read." })
    {
    }

    public UpstreamStreamException(string message)
        : this(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = message })
    {
    }

    public UpstreamStreamException(string message, Exception innerException)
        : base(message, innerException) =>
        Failure = new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = message };

    public UpstreamStreamException(UpstreamFailure failure)
        : base(failure?.Message) =>
        Failure = failure ?? throw new ArgumentNullException(nameof(failure));

    /// <summary>How the attempt failed, for routing and for the client's error event.</summary>
    public UpstreamFailure Failure { get; }

    /// <summary>An event grew past <paramref name="maxEventBytes"/> without ending.</summary>
    public static UpstreamStreamException EventTooLarge(int maxEventBytes) => new(new UpstreamFailure(UpstreamFailureKind.ErrorInBody)
    {
        Message = $"An event of the upstream stream is larger than {maxEventBytes} bytes (Router:MaxStreamEventBytes).",
    });
}
