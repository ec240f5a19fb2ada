extern alias simulator;

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI;
using OpenAI.Embeddings;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>
/// The shipped providers (<c>providers.defaults.json</c>) with their free embedding models, each pointed at the simulator as the
/// AppHost's sandbox does: only the base URL and a key differ from the real providers.
/// </summary>
internal static class EmbeddingPool
{
    public const string Gemini = "gemini/gemini-embedding-001";
    public const string Mistral = "mistral/mistral-embed";
    public const string NvidiaBgeM3 = "nvidia/baai/bge-m3";
    public const string WorkersAiBgeM3 = "workers-ai/@cf/baai/bge-m3";
    public const string WorkersAiBgeBase = "workers-ai/@cf/baai/bge-base-en-v1.5";
    public const string HuggingFaceMiniLm = "huggingface/sentence-transformers/all-MiniLM-L6-v2";
    public const string Cohere = "cohere/embed-v4.0";

    public static readonly string[] All =
    [
        Gemini, Mistral, NvidiaBgeM3, WorkersAiBgeM3, WorkersAiBgeBase, "workers-ai/@cf/baai/bge-small-en-v1.5",
        HuggingFaceMiniLm, "huggingface/BAAI/bge-small-en-v1.5", Cohere, "cohere/embed-multilingual-v3.0",
    ];

    /// <summary>The router with the shipped providers in front of the simulator; OpenRouter's chat pool too, unless left out.</summary>
    public static Task<RouterTestHost> StartAsync(Action<RouterTestHostOptions>? configure = null) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Settings["ProviderDefaults"] = "true";
            Point(options, "gemini", simulator => simulator.GeminiEndpoint);
            Point(options, "mistral", simulator => simulator.ProviderEndpoint("mistral"));
            Point(options, "nvidia", simulator => simulator.ProviderEndpoint("nvidia"));
            Point(options, "huggingface", simulator => simulator.ProviderEndpoint("huggingface"));
            Point(options, "cohere", simulator => simulator.CohereEndpoint);
            Point(options, "workers-ai", simulator => simulator.CloudflareEndpoint("test-account"));
            configure?.Invoke(options);
        });

    /// <summary>The official OpenAI .NET SDK's embedding client, changed only in base URL and key.</summary>
    public static EmbeddingClient EmbeddingClient(this RouterTestHost host, string model) =>
        new(model, new ApiKeyCredential(RouterTestHost.ClientKey), new OpenAIClientOptions { Endpoint = host.V1, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });

    public static Task<HttpResponseMessage> PostEmbeddingsAsync(this HttpClient client, JsonObject body) =>
        client.PostAsync("v1/embeddings", JsonContent.Create(body), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostEmbeddingsAsync(this HttpClient client, string rawBody) =>
        client.PostAsync("v1/embeddings", new StringContent(rawBody, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>The embedding calls the simulator received (catalog fetches and chats left out), as (provider, model).</summary>
    public static List<(string Provider, string Model)> EmbeddingCalls(this RouterTestHost host) =>
        [.. host.Simulator.Requests.Where(r => IsEmbeddingPath(r.Path)).Select(r => (r.Provider, r.Model ?? ""))];

    /// <summary>The model's weights, as the simulator names them: the id without its publisher or host (a family shares them).</summary>
    public static string Weights(string model) => model[(model.LastIndexOf('/') + 1)..].ToLowerInvariant();

    public static float[] Floats(JsonNode embedding) => [.. embedding.AsArray().Select(value => value!.GetValue<float>())];

    private static bool IsEmbeddingPath(string path) =>
        path.EndsWith("/embeddings", StringComparison.Ordinal) || path.EndsWith("/embed", StringComparison.Ordinal)
        || path.EndsWith(":batchEmbedContents", StringComparison.Ordinal) || path.EndsWith("/pipeline/feature-extraction", StringComparison.Ordinal)
        || path.Contains("/ai/run/@cf/baai/", StringComparison.Ordinal);

    private static void Point(RouterTestHostOptions options, string provider, Func<simulator::AspireRouter.UpstreamSimulator.Hosting.SimulatorHandle, Uri> baseUrl)
    {
        options.Settings[$"Providers:{provider}:ApiKey"] = $"{provider}-simulated-key";
        options.SimulatorSettings[$"Providers:{provider}:BaseUrl"] = simulator => baseUrl(simulator).ToString().TrimEnd('/');
    }
}
