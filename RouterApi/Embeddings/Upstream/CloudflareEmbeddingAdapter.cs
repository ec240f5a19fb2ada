using System.Text.Json;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>Cloudflare Workers AI text embeddings, <c>POST {base}/{model}</c> with <c>text</c>; <c>result.data</c> back in Cloudflare's envelope.</summary>
internal sealed class CloudflareEmbeddingAdapter : IEmbeddingApiAdapter
{
    public EmbeddingApi Api => EmbeddingApi.Cloudflare;

    public bool AcceptsTokens => false;

    public bool ChoosesDimensions => false;

    public HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body) =>
        UpstreamEmbeddingRequest.Post(call.Provider, $"{call.BaseUrl}/{call.Model.UpstreamId}", body, writer => UpstreamEmbeddingRequest.WriteTexts(writer, "text", call));

    public UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call)
    {
        using var document = JsonBody.TryParse(body);
        return document is not null
            && document.RootElement.TryGet("result", JsonValueKind.Object, out var result)
            && result.Value.TryGet("data", JsonValueKind.Array, out var data)
            ? UpstreamEmbeddings.Read(data.Value, field: null, promptTokens: null)
            : null;
    }
}
