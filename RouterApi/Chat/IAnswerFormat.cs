using System.Buffers;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// How an API other than chat completions (OpenAI Responses, Anthropic Messages) answers. The pool's answer reaches it in
/// OpenAI's chat format (a provider's own format is translated to that first), and the format rewrites it into its own.
/// Chat completions has none: its answers are relayed as they come.
/// </summary>
internal interface IAnswerFormat
{
    /// <summary>Writes a whole non-streamed answer.</summary>
    /// <param name="completion">OpenAI's <c>chat.completion</c> JSON.</param>
    /// <param name="modelId">The public id of the model that answered.</param>
    void WriteCompletion(ReadOnlySpan<byte> completion, string modelId, IBufferWriter<byte> output);

    /// <summary>Begins one attempt's stream in this format; called before its first chunk is written.</summary>
    /// <param name="modelId">The public id of the model that answers.</param>
    IAnswerStream OpenStream(string modelId);
}
