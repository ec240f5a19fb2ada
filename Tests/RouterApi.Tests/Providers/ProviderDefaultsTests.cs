using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>The shipped <c>providers.defaults.json</c>: every main free tier configured, none serving until it has a key.</summary>
public sealed class ProviderDefaultsTests
{
    private static readonly string[] Shipped = ["groq", "gemini", "mistral", "nvidia", "workers-ai", "huggingface", "cohere", "ollama", "lmstudio"];

    [Fact]
    public async Task Defaults_WithoutKeys_AreListedButServeNothing()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["ProviderDefaults"] = "true");

        var status = await host.Client.GetFromJsonAsync<JsonObject>("v1/router/status", TestContext.Current.CancellationToken);

        var providers = status!["providers"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
        Assert.All(Shipped, name => Assert.False(providers[name]["key_set"]!.GetValue<bool>(), name));
        Assert.All(Shipped, name => Assert.Equal(0, providers[name]["models"]!.GetValue<int>()));
        Assert.Equal("gemini", providers["gemini"]["kind"]!.GetValue<string>());
        Assert.Equal("https://api.groq.com/openai/v1", providers["groq"]["base_url"]!.GetValue<string>());
        Assert.DoesNotContain("github", string.Join(",", providers.Keys), StringComparison.Ordinal);
        Assert.DoesNotContain("cerebras", string.Join(",", providers.Keys), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsFile_SaysWhenItWasChecked_AndShipsNeitherCerebrasNorGroqsRetiredModels()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ProviderDefaults.FileName));
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var providers = json.RootElement.GetProperty("Providers");
        var groqFree = providers.GetProperty("groq").GetProperty("Free").GetProperty("Models").EnumerateArray().Select(pattern => pattern.GetString()!).ToList();

        Assert.Matches(@"checked 20\d\d-\d\d-\d\d", text);
        Assert.False(providers.TryGetProperty("cerebras", out _));
        Assert.All(["llama-3.3-70b-versatile", "llama-3.1-8b-instant"], retired => Assert.DoesNotContain(groqFree, pattern => WildcardPattern.Matches(pattern, retired)));
        Assert.All(["openai/gpt-oss-120b", "openai/gpt-oss-20b", "qwen/qwen3-32b"], free => Assert.Contains(groqFree, pattern => WildcardPattern.Matches(pattern, free)));
    }

    [Fact]
    public async Task Defaults_AKeyIsAllItTakes_GeminisDocumentedModelsServe()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Settings["ProviderDefaults"] = "true";
            options.Settings["Providers:gemini:ApiKey"] = "AIza-simulated";
            options.SimulatorSettings["Providers:gemini:BaseUrl"] = simulator => simulator.GeminiEndpoint.ToString().TrimEnd('/');
        });

        var models = await host.Client.GetFromJsonAsync<JsonObject>("v1/models", TestContext.Current.CancellationToken);
        using var response = await host.Client.PostAsync(ChatRequests.Body("gemini/gemini-2.5-flash"));

        var ids = models!["data"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("gemini/gemini-2.5-flash", ids);
        Assert.Contains("gemini/gemma-3-27b-it", ids);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gemini/gemini-2.5-flash", response.Header("x-router-model"));
    }
}
