using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>Speaks one provider embeddings API: builds the call for a request's inputs and finds the vectors in a successful answer.</summary>
internal interface IEmbeddingApiAdapter
{
    EmbeddingApi Api { get; }

    /// <summary>Whether the API takes OpenAI's token-array inputs (only OpenAI's own wire format does).</summary>
    bool AcceptsTokens { get; }

    /// <summary>Whether the API cuts a Matryoshka model's vectors to <c>dimensions</c> (else the model's size is fixed here).</summary>
    bool ChoosesDimensions { get; }

    /// <param name="body">Holds the request body until the call is done; the caller disposes it.</param>
    HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body);

    /// <summary>The vectors in a 2xx answer (dispose them), or null when it holds none in the expected shape.</summary>
    UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call);
}
