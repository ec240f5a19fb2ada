using System.Buffers;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Turns a provider's answers into OpenAI's: a whole response into a <c>chat.completion</c>, a stream into OpenAI's SSE.</summary>
public interface IResponseTranslator
{
    /// <summary>Writes the provider's successful non-streamed body as an OpenAI <c>chat.completion</c> for <paramref name="modelId"/>.</summary>
    /// <returns>Null when written; the failure when the body is not an answer (then nothing was written).</returns>
    UpstreamFailure? TranslateCompletion(ReadOnlySpan<byte> body, string modelId, IBufferWriter<byte> output);

    /// <summary>OpenAI's SSE (<c>data: {chunk}</c> events, <c>data: [DONE]</c>) read from the provider's stream as it arrives.</summary>
    /// <param name="upstream">The provider's stream; disposed with the returned one.</param>
    /// <param name="maxEventBytes">The longest provider event read; a longer one fails the read with an <see cref="Streaming.UpstreamStreamException"/>.</param>
    TranslatedStream OpenStream(Stream upstream, string modelId, int maxEventBytes);
}
