using System.Text.Json;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>
/// Cohere's <c>POST {base}/embed</c> (v2): <c>texts</c>, <c>input_type</c> <c>search_document</c> (required since Embed v3; what
/// OpenAI-style clients embed is mostly stored for search), float vectors; <c>embeddings.float</c> and the billed input tokens back.
/// </summary>
internal sealed class CohereEmbeddingAdapter : IEmbeddingApiAdapter
{
    public EmbeddingApi Api => EmbeddingApi.Cohere;

    public bool AcceptsTokens => false;

    public bool ChoosesDimensions => false;

    public HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body) =>
        UpstreamEmbeddingRequest.Post(call.Provider, call.BaseUrl + "/embed", body, writer =>
        {
            writer.WriteString("model", call.Model.UpstreamId);
            UpstreamEmbeddingRequest.WriteTexts(writer, "texts", call);
            writer.WriteString("input_type", "search_document");
            writer.WriteStartArray("embedding_types");
            writer.WriteStringValue("float");
            writer.WriteEndArray();
        });

    public UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call)
    {
        using var document = JsonBody.TryParse(body);
        var root = document?.RootElement;
        if (root is not { } answer || !answer.TryGet("embeddings", JsonValueKind.Object, out var embeddings)
            || !embeddings.Value.TryGet("float", JsonValueKind.Array, out var floats))
        {
            return null;
        }

        int? tokens = answer.TryGet("meta", JsonValueKind.Object, out var meta)
            && meta.Value.TryGet("billed_units", JsonValueKind.Object, out var billed)
            && billed.Value.TryGet("input_tokens", JsonValueKind.Number, out var input) && input.Value.TryGetInt32(out var counted)
            ? counted
            : null;
        return UpstreamEmbeddings.Read(floats.Value, field: null, tokens);
    }
}
