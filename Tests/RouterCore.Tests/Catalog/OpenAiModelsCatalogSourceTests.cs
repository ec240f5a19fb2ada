using System.Net;
using System.Text;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class OpenAiModelsCatalogSourceTests
{
    // Shaped as Groq documents GET /openai/v1/models (https://console.groq.com/docs/api-reference#models-list).
    private const string GroqModels = """
        {"object":"list","data":[
          {"id":"llama-3.3-70b-versatile","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072,"public_apps":null,"max_completion_tokens":32768},
          {"id":"whisper-large-v3","object":"model","created":1693721698,"owned_by":"OpenAI","active":true,"context_window":448},
          {"id":"old-model","object":"model","created":1693721698,"owned_by":"Meta","active":false,"context_window":8192}
        ]}
        """;

    private static readonly ProviderOptions Groq = new()
    {
        Name = "groq",
        BaseUrl = "https://api.groq.com/openai/v1/",
        ApiKey = "gsk_secret",
        CatalogSource = CatalogSourceKind.OpenAiModels,
        ModelDefaults = new ModelDefaultsOptions { ContextLength = 8192, SupportedParameters = ["tools", "response_format"] },
        Headers = new Dictionary<string, string> { ["X-Test"] = "1" },
    };

    [Fact]
    public async Task FetchAsync_GroqList_SendsTheKeyAndReadsActiveModelsWithTheirContextWindows()
    {
        var handler = new StubHttpHandler(HttpStatusCode.OK, Encoding.UTF8.GetBytes(GroqModels));
        var source = new OpenAiModelsCatalogSource(StubUpstream.Fetcher(handler), Groq);

        var models = await source.FetchAsync(TestContext.Current.CancellationToken);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://api.groq.com/openai/v1/models", request.RequestUri!.ToString());
        Assert.Equal("Bearer gsk_secret", request.Headers.Authorization!.ToString());
        Assert.Equal("1", request.Headers.GetValues("X-Test").Single());
        Assert.Equal(["llama-3.3-70b-versatile", "whisper-large-v3"], models.Select(m => m.UpstreamId));
        var llama = models[0];
        Assert.Equal(131_072, llama.ContextLength);
        Assert.Equal(ModelCapabilities.Tools | ModelCapabilities.ResponseFormat | ModelCapabilities.TextOutput, llama.Capabilities);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733447754), llama.Created);
    }

    [Fact]
    public void Parse_NoContextWindow_TakesTheProvidersDefault()
    {
        var models = OpenAiModelsCatalogSource.Parse("""{"data":[{"id":"mistral-small-latest","max_context_length":32768},{"id":"plain"}]}"""u8, Groq);

        Assert.Equal([32_768, 8192], models.Select(m => m.ContextLength));
    }
}
