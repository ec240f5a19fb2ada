using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>A JSON POST to a provider with its key (Bearer unless a header is named) and its configured headers.</summary>
internal static class UpstreamJsonRequest
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <param name="keyHeader">A header that carries the key as is (e.g. Gemini's <c>x-goog-api-key</c>); null for <c>Authorization: Bearer</c>.</param>
    public static HttpRequestMessage Post(ProviderOptions provider, string url, Action<Utf8JsonWriter> writeBody, string? keyHeader = null)
    {
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
        {
            Content = new ByteArrayContent(body.ToArray()) { Headers = { ContentType = Json } },
        };
        ProviderRequestHeaders.Apply(request, provider, keyHeader);
        return request;
    }
}
