using System.Net;
using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Providers;

public sealed class OpenAiProviderAdapterTests
{
    private const string Body = """{"model":"free","provider":{"sort":"latency"},"messages":[{"role":"user","content":"Hi"}],"seed":3}""";

    private readonly OpenAiProviderAdapter _adapter = new(new UpstreamFailureClassifier(new FakeTimeProvider()), TestAdapters.Guard());

    [Fact]
    public async Task CreateChatRequest_OpenRouter_PostsTheRewrittenBodyWithKeyAndHeaders()
    {
        var provider = new ProviderOptions
        {
            Name = "openrouter",
            BaseUrl = "https://openrouter.ai/api/v1/",
            ApiKey = "sk-or-v1-abc",
            Headers = new Dictionary<string, string> { ["HTTP-Referer"] = "https://router.example", ["X-Title"] = "AspireRouter" },
        };
        using var buffer = new PooledByteBufferWriter();

        using var request = _adapter.CreateChatRequest(provider, new(Encoding.UTF8.GetBytes(Body)), "google/gemma-3-27b-it:free", buffer);

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://openrouter.ai/api/v1/chat/completions", request.RequestUri!.ToString());
        Assert.Equal("Bearer sk-or-v1-abc", request.Headers.Authorization!.ToString());
        Assert.Equal("AspireRouter", request.Headers.GetValues("X-Title").Single());
        Assert.Equal("https://router.example", request.Headers.GetValues("HTTP-Referer").Single());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        using var sent = JsonDocument.Parse(await request.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("google/gemma-3-27b-it:free", sent.RootElement.GetProperty("model").GetString());
        Assert.True(sent.RootElement.TryGetProperty("provider", out _));
        Assert.Equal(3, sent.RootElement.GetProperty("seed").GetInt32());
    }

    [Fact]
    public async Task CreateChatRequest_NonOpenRouterWithoutKey_DropsProviderPreferencesAndAuth()
    {
        var provider = new ProviderOptions { Name = "ollama", BaseUrl = "http://localhost:11434/v1", CatalogSource = CatalogSourceKind.Static };
        using var buffer = new PooledByteBufferWriter();

        using var request = _adapter.CreateChatRequest(provider, new(Encoding.UTF8.GetBytes(Body)), "llama3.2", buffer);

        Assert.Null(request.Headers.Authorization);
        using var sent = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(sent.RootElement.TryGetProperty("provider", out _));
        Assert.Equal("llama3.2", sent.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public void Classify_RateLimitedResponse_UsesItsHeaders()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "5");

        var failure = _adapter.Classify(response, []);

        Assert.Equal(UpstreamFailureKind.RateLimited, failure!.Kind);
        Assert.NotNull(failure.CooldownUntil);
    }

    [Fact]
    public void For_UnknownKind_Throws()
    {
        var adapters = new ProviderAdapters([_adapter]);

        Assert.Same(_adapter, adapters.For(new ProviderOptions { Name = "openrouter" }));
        Assert.Throws<InvalidOperationException>(() => adapters.For(new ProviderOptions { Name = "g", Kind = "grpc" }));
    }

    [Fact]
    public async Task CreateChatRequest_ProviderParameterSettings_DropAndRenameFields()
    {
        var mistral = new ProviderOptions
        {
            Name = "mistral",
            BaseUrl = "https://api.mistral.ai/v1",
            CatalogSource = CatalogSourceKind.OpenAiModels,
            Parameters = new ParameterOptions { Ignore = ["logit_bias"], Rename = new Dictionary<string, string> { ["seed"] = "random_seed" } },
        };
        using var buffer = new PooledByteBufferWriter();

        using var request = _adapter.CreateChatRequest(
            mistral, new(Encoding.UTF8.GetBytes("""{"model":"free","seed":3,"logit_bias":{"50256":-100},"messages":[{"role":"user","content":"Hi"}]}""")), "mistral-small-latest", buffer);

        using var sent = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, sent.RootElement.GetProperty("random_seed").GetInt32());
        Assert.False(sent.RootElement.TryGetProperty("seed", out _));
        Assert.False(sent.RootElement.TryGetProperty("logit_bias", out _));
        Assert.Equal("Hi", sent.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("""{"n":1,"messages":[{"role":"user","content":"Hi"}]}""", false)]
    [InlineData("""{"n":3,"messages":[{"role":"user","content":"Hi"}]}""", true)]
    public void CreateChatRequest_RejectedParameter_RefusesOnlyAMeaningfulValue(string body, bool refused)
    {
        var groq = new ProviderOptions { Name = "groq", BaseUrl = "https://api.groq.com/openai/v1", Parameters = new ParameterOptions { Reject = ["n"] } };
        using var buffer = new PooledByteBufferWriter();

        var error = Record.Exception(() => _adapter.CreateChatRequest(groq, new(Encoding.UTF8.GetBytes(body)), "llama-3.3-70b-versatile", buffer).Dispose());

        Assert.Equal(refused, error is UnsupportedParameterException);
    }
}
