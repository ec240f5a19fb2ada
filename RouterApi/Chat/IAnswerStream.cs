using System.Buffers;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Chat;

/// <summary>One answer's stream in an <see cref="IAnswerFormat"/>: it receives OpenAI's chat chunks in order and writes its own events.</summary>
internal interface IAnswerStream
{
    /// <summary>Writes what one <c>chat.completion.chunk</c> means in this format; the first call also writes the stream's opening events.</summary>
    void WriteChunk(ReadOnlySpan<byte> chunk, IBufferWriter<byte> output);

    /// <summary>The upstream sent a keep-alive comment.</summary>
    void WriteKeepAlive(IBufferWriter<byte> output);

    /// <summary>The upstream's stream ended normally: write the closing events.</summary>
    void WriteEnd(IBufferWriter<byte> output);

    /// <summary>The upstream's stream failed after it began: write this format's error event and end the stream.</summary>
    void WriteFailure(OpenAiError error, IBufferWriter<byte> output);
}
