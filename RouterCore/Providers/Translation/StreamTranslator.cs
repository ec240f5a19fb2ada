using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Turns one provider's stream events into OpenAI's, one event at a time; one instance per stream.</summary>
internal abstract class StreamTranslator(OpenAiChunkWriter writer) : IDisposable
{
    public abstract StreamFraming Framing { get; }

    /// <summary>True once <c>[DONE]</c> or an error event was written: nothing more is read.</summary>
    public bool IsOver { get; private set; }

    /// <summary>The failure the stream ended with, if it did; the client saw it as an error event.</summary>
    public UpstreamFailure? Failure { get; private set; }

    protected OpenAiChunkWriter Writer => writer;

    /// <param name="eventName">The SSE <c>event:</c> name, empty when absent (always for JSON lines).</param>
    /// <param name="data">The event's payload (a JSON line, or the SSE <c>data:</c>).</param>
    public abstract void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data);

    /// <summary>The provider closed the stream; must end it (with <see cref="Complete"/> or <see cref="Fail"/>) if not over yet.</summary>
    public abstract void OnEnd();

    /// <summary>The stream could not be read any further: ends it with an error event.</summary>
    public void Fail(UpstreamFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        writer.Error(failure.Message ?? "The provider's stream failed.", failure.StatusCode);
        Failure = failure;
        IsOver = true;
    }

    public void Dispose()
    {
        writer.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void Complete(string finishReason, TokenUsage? usage)
    {
        writer.Finish(finishReason);
        if (usage is { } tokens)
        {
            writer.Usage(tokens);
        }

        writer.Done();
        IsOver = true;
    }

    protected void FailEndedEarly() =>
        Fail(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The provider's stream ended before its last event." });
}
