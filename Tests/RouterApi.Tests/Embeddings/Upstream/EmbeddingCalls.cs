using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Embeddings;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Tests.Embeddings.Upstream;

/// <summary>Embedding calls aimed at a configured provider, and what adapters make of them, for the golden adapter tests.</summary>
internal static class EmbeddingCalls
{
    public const string Key = "provider-key-0123";

    public static EmbeddingsRequest Texts(params string[] texts) => new()
    {
        Model = "any",
        Inputs = [.. texts.Select(text => new EmbeddingInput(text, null))],
        User = "user-7",
    };

    public static EmbeddingCall For(
        string kind, string upstreamId, EmbeddingsRequest request, int dimensions, int? minDimensions = null, string baseUrl = "https://api.example.test/v1", EmbeddingApi? api = null) => new(
        request,
        new ModelInfo
        {
            Id = "public/" + upstreamId,
            Provider = "embedder",
            UpstreamId = upstreamId,
            Capabilities = ModelCapabilities.Embeddings,
            Dimensions = dimensions,
            MinDimensions = minDimensions,
        },
        new ProviderKeyRing(new ProviderOptions { Name = "embedder", Kind = kind, BaseUrl = baseUrl, ApiKey = Key, Embeddings = new ProviderEmbeddingOptions { Api = api } }).First);

    /// <summary>The request an adapter builds for <paramref name="call"/>: its URL, its headers, and its body as JSON.</summary>
    public static (HttpRequestMessage Request, JsonNode Body) Build(IEmbeddingApiAdapter adapter, EmbeddingCall call)
    {
        using var buffer = new PooledByteBufferWriter();
        var request = adapter.CreateRequest(call, buffer);
        var body = JsonNode.Parse(request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult())!;
        return (request, body);
    }

    public static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {JsonNode.Parse(expected)!.ToJsonString()}\nactual   {actual.ToJsonString()}");

    public static UpstreamEmbeddings Read(IEmbeddingApiAdapter adapter, string body, EmbeddingCall call) =>
        adapter.Read(Encoding.UTF8.GetBytes(body), call) ?? throw new InvalidOperationException("The adapter found no vectors.");
}
