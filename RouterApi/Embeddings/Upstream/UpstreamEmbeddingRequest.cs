using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>A JSON POST to a provider, written into a pooled buffer, with its key (Bearer unless a header is named) and its configured headers.</summary>
internal static class UpstreamEmbeddingRequest
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <param name="keyHeader">A header that carries the key as is (Gemini's <c>x-goog-api-key</c>); null for <c>Authorization: Bearer</c>.</param>
    public static HttpRequestMessage Post(ProviderOptions provider, string url, PooledByteBufferWriter body, Action<Utf8JsonWriter> writeBody, string? keyHeader = null)
    {
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
        {
            Content = new ReadOnlyMemoryContent(body.WrittenMemory) { Headers = { ContentType = Json } },
        };
        ProviderRequestHeaders.Apply(request, provider, keyHeader);
        return request;
    }

    /// <summary>Writes the inputs' texts as a JSON array of strings.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, EmbeddingCall call)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < call.Request.Inputs.Count; i++)
        {
            writer.WriteStringValue(call.TextAt(i));
        }

        writer.WriteEndArray();
    }
}
