using System.Net;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Tests.Native;

namespace AspireRouter.UpstreamSimulator.Tests.Embeddings;

internal static class EmbeddingHttp
{
    /// <summary>Posts <paramref name="json"/>, asserts a 200 and returns the answer's JSON.</summary>
    public static async Task<JsonElement> JsonOkAsync(this HttpClient client, string path, string json, params (string Name, string Value)[] headers)
    {
        using var response = await client.PostAsync(path, json, headers);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
