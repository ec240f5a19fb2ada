using System.Text.Json;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>
/// Google's Gemini API, <c>POST {base}/models/{model}:batchEmbedContents</c> with the key in <c>x-goog-api-key</c>: one request per
/// input (<c>content.parts[].text</c>, <c>outputDimensionality</c> when asked); <c>embeddings[].values</c> back, without token counts.
/// Vectors cut below the model's size are not unit length at Google, so they are normalised here.
/// </summary>
internal sealed class GeminiEmbeddingAdapter : IEmbeddingApiAdapter
{
    public EmbeddingApi Api => EmbeddingApi.Gemini;

    public bool AcceptsTokens => false;

    public bool ChoosesDimensions => true;

    public HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body)
    {
        var model = call.Model.UpstreamId;
        return UpstreamEmbeddingRequest.Post(
            call.Provider,
            $"{call.BaseUrl}/models/{model}:batchEmbedContents",
            body,
            writer =>
            {
                var dimensions = call.Request.Dimensions is { } asked && asked != call.Model.Dimensions ? asked : (int?)null;
                writer.WriteStartArray("requests");
                for (var i = 0; i < call.Request.Inputs.Count; i++)
                {
                    writer.WriteStartObject();
                    writer.WriteString("model", "models/" + model);
                    writer.WriteStartObject("content");
                    writer.WriteStartArray("parts");
                    writer.WriteStartObject();
                    writer.WriteString("text", call.TextAt(i));
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    if (dimensions is { } size)
                    {
                        writer.WriteNumber("outputDimensionality", size);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            },
            keyHeader: "x-goog-api-key");
    }

    public UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call)
    {
        using var document = JsonBody.TryParse(body);
        if (document is null || !document.RootElement.TryGet("embeddings", JsonValueKind.Array, out var embeddings))
        {
            return null;
        }

        var vectors = UpstreamEmbeddings.Read(embeddings.Value, "values", promptTokens: null);
        vectors?.Normalize();
        return vectors;
    }
}
