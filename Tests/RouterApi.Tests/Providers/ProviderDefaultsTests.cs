using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>The shipped <c>providers.defaults.json</c>: every main free tier configured, none serving until it has a key.</summary>
public sealed class ProviderDefaultsTests
{
    private static readonly string[] Shipped = ["groq", "cerebras", "gemini", "mistral", "nvidia", "workers-ai", "huggingface", "cohere", "ollama", "lmstudio"];

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
