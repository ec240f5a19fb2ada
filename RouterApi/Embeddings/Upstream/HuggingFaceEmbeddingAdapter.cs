using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>
/// Hugging Face's feature-extraction task, <c>POST {base}/{model}/pipeline/feature-extraction</c> with <c>inputs</c> and
/// <c>normalize</c>; the body is the pooled vectors, one array of numbers per input.
/// </summary>
internal sealed class HuggingFaceEmbeddingAdapter : IEmbeddingApiAdapter
{
    public EmbeddingApi Api => EmbeddingApi.HuggingFace;

    public bool AcceptsTokens => false;

    public bool ChoosesDimensions => false;

    public HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body) =>
        UpstreamEmbeddingRequest.Post(call.Provider, $"{call.BaseUrl}/{call.Model.UpstreamId}/pipeline/feature-extraction", body, writer =>
        {
            UpstreamEmbeddingRequest.WriteTexts(writer, "inputs", call);
            writer.WriteBoolean("normalize", true);
        });

    public UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call)
    {
        using var document = JsonBody.TryParse(body);
        return document is null ? null : UpstreamEmbeddings.Read(document.RootElement, field: null, promptTokens: null);
    }
}
