using System.ClientModel;
using System.Text;
using System.Text.Json;
using AspireRouter.TestSupport;
using OpenAI;
using OpenAI.Chat;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>A new user's first run: the keyless sandbox answers through the README's own snippets; a key switches to the real OpenRouter.</summary>
public sealed class FirstRunTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task KeylessAppHost_AnswersFreeFromTheSandbox_WithTheGeneratedKey_AndTheReadmeSnippetsWorkAsWritten()
    {
        using var timeout = Cancel();
        await using var stack = await RunningStack.StartAsync([], timeout.Token, ["redis", "provider-sandbox", "routerapi"]);
        var baseUrl = new Uri(stack.App.GetEndpoint("routerapi", "http"), "v1");

        // The README's way to the key: its env snippet, run from the repository root.
        var key = (await Bash(Readme.Snippet("env") + "printf %s \"$ROUTER_KEY\"", null, timeout.Token)).Trim();
        Assert.True(key.Length >= 32, "the README's env snippet found no client key");

        var client = new ChatClient("free", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = baseUrl });
        var models = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            ChatCompletion reply = await client.CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: timeout.Token);
            Assert.False(string.IsNullOrWhiteSpace(reply.Content[0].Text));
            models.Add(reply.Model);
        }

        var streamed = new StringBuilder();
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Count to three.")], cancellationToken: timeout.Token))
        {
            models.Add(update.Model ?? "");
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        Assert.False(string.IsNullOrWhiteSpace(streamed.ToString()));
        Assert.True(models.Count(m => m.Length > 0) >= 2, $"every request was answered by the same model: {string.Join(", ", models)}");

        var environment = new Dictionary<string, string> { ["ROUTER_URL"] = baseUrl.ToString(), ["ROUTER_KEY"] = key };
        using var modelsList = JsonDocument.Parse(await Bash($"curl -s \"$ROUTER_URL/models\" -H \"Authorization: Bearer $ROUTER_KEY\"", environment, timeout.Token));
        Assert.True(modelsList.RootElement.GetProperty("sandbox").GetBoolean());
        var pool = modelsList.RootElement.GetProperty("data").EnumerateArray()
            .Where(model => !model.GetProperty("virtual").GetBoolean()).Select(model => model.GetProperty("id").GetString()!).ToList();

        using var curl = JsonDocument.Parse(await Bash(Readme.Snippet("curl"), environment, timeout.Token));
        Assert.Contains(curl.RootElement.GetProperty("model").GetString(), pool);

        // Each snippet prints a line "{model}: {answer}" with the model that answered.
        Assert.True(NamesAModelOf(pool, await RunDotnetSnippetAsync(environment, timeout.Token)), "the .NET snippet printed no answer from the pool");
        Assert.True(NamesAModelOf(pool, await RunNodeSnippetAsync("node", environment, timeout.Token)), "the Node snippet printed no answer from the pool");

        // The Anthropic Messages API's snippets: curl and the official @anthropic-ai/sdk.
        using var message = JsonDocument.Parse(await Bash(Readme.Snippet("messages-curl"), environment, timeout.Token));
        Assert.Contains(message.RootElement.GetProperty("model").GetString(), pool);
        Assert.True(NamesAModelOf(pool, await RunNodeSnippetAsync("messages-node", environment, timeout.Token)), "the Messages Node snippet printed no answer from the pool");

        // The Embeddings section's snippets: vectors from an embedding model of the pool.
        using var embeddings = JsonDocument.Parse(await Bash(Readme.Snippet("embeddings-curl"), environment, timeout.Token));
        Assert.Contains(embeddings.RootElement.GetProperty("model").GetString(), pool);
        Assert.Equal(2, embeddings.RootElement.GetProperty("data").GetArrayLength());
        Assert.True(
            NamesAModelOf(pool, await RunNodeSnippetAsync("embeddings-node", environment, timeout.Token)), "the Node embeddings snippet printed no model of the pool");

        // RouterApi's own start-up line, and the AppHost's note, both say it is the sandbox.
        Assert.Contains(stack.LogLines, line => line.Contains("SANDBOX: the providers are simulated", StringComparison.Ordinal));
        Assert.Contains(stack.LogLines, line => line.Contains("SANDBOX: no provider key is set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppHostWithAnOpenRouterKey_UsesTheRealOpenRouter_StartsNoSandbox_AndNeverLeaksTheKey()
    {
        const string fakeKey = "sk-or-v1-e2e0fake0key0must0never0leak0000000000000000000000000000";
        using var timeout = Cancel();
        await using var stack = await RunningStack.StartAsync([$"--Parameters:openrouter-api-key={fakeKey}"], timeout.Token, ["redis"]);
        await stack.App.ResourceNotifications.WaitForResourceAsync("routerapi", KnownResourceStates.Running, timeout.Token);

        Assert.DoesNotContain(stack.App.Services.GetRequiredService<DistributedApplicationModel>().Resources, r => r.Name == "provider-sandbox");
        var key = await ClientKeyAsync(timeout.Token);
        using var http = stack.App.CreateHttpClient("routerapi");
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var status = await PollStatusAsync(http, timeout.Token);

        var openRouter = status.RootElement.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "openrouter");
        Assert.Equal("https://openrouter.ai/api/v1", openRouter.GetProperty("base_url").GetString());
        Assert.True(openRouter.GetProperty("key_set").GetBoolean());
        Assert.Equal(["HTTP-Referer", "X-Title"], openRouter.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).Order());
        Assert.False(status.RootElement.GetProperty("sandbox").GetBoolean());

        // A chat request makes the router try the real upstream (unreachable here), so the key is on the wire path.
        using var _ = await http.PostAsync("/v1/chat/completions", new StringContent("""{"model":"free","messages":[{"role":"user","content":"hi"}]}"""), timeout.Token);
        await stack.Otlp.WaitForSpanContainingAsync("/v1/router/status", timeout.Token);

        var leaks = stack.LogLines.Where(line => line.Contains(fakeKey[^12..], StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, $"the key appears in {leaks.Count} log lines, e.g. {leaks.FirstOrDefault()}");
        var needle = Encoding.UTF8.GetBytes(fakeKey[^12..]);
        Assert.DoesNotContain(stack.Otlp.Traces, payload => payload.AsSpan().IndexOf(needle) >= 0);
    }

    [Fact]
    public async Task AppHostWithOnlyAnotherProvidersKey_StartsNoSandbox_AndLeavesOpenRouterOutOfThePool()
    {
        using var timeout = Cancel();
        await using var stack = await RunningStack.StartAsync(["--Parameters:groq-api-key=gsk_e2e0fake0key0000000000000000000000000000000000000"], timeout.Token, ["redis"]);
        await stack.App.ResourceNotifications.WaitForResourceAsync("routerapi", KnownResourceStates.Running, timeout.Token);

        // Simulated answers must never mix with a real provider's.
        Assert.DoesNotContain(stack.App.Services.GetRequiredService<DistributedApplicationModel>().Resources, r => r.Name == "provider-sandbox");
        var key = await ClientKeyAsync(timeout.Token);
        using var http = stack.App.CreateHttpClient("routerapi");
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var status = await PollStatusAsync(http, timeout.Token);

        var providers = status.RootElement.GetProperty("providers").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.False(providers["openrouter"].GetProperty("key_set").GetBoolean());
        Assert.Equal("https://openrouter.ai/api/v1", providers["openrouter"].GetProperty("base_url").GetString());
        Assert.True(providers["groq"].GetProperty("key_set").GetBoolean());
        Assert.False(status.RootElement.GetProperty("sandbox").GetBoolean());
    }

    private static bool NamesAModelOf(List<string> pool, string output) =>
        output.Split('\n').Any(line => pool.Any(id => line.StartsWith(id + ": ", StringComparison.Ordinal)));

    private static CancellationTokenSource Cancel()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        return timeout;
    }

    private static async Task<string> ClientKeyAsync(CancellationToken cancellationToken) =>
        (await Bash(Readme.Snippet("env") + "printf %s \"$ROUTER_KEY\"", null, cancellationToken)).Trim();

    private static async Task<JsonDocument> PollStatusAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/v1/router/status", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                }
            }
            catch (HttpRequestException)
            {
                // RouterApi's port is allocated before the process listens on it.
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static Task<string> Bash(string script, IDictionary<string, string>? environment, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync("bash", ["-euo", "pipefail", "-c", script], Readme.RepositoryRoot, environment, cancellationToken);

    private static async Task<string> RunDotnetSnippetAsync(IDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("readme-dotnet-");
        var file = Path.Combine(directory.FullName, "chat.cs");
        await File.WriteAllTextAsync(file, Readme.Snippet("dotnet"), cancellationToken);
        return await ProcessRunner.RunAsync("dotnet", ["run", file], directory.FullName, environment, cancellationToken);
    }

    private static async Task<string> RunNodeSnippetAsync(string snippet, IDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var node = SystemBinary.Require("node", "install Node.js");
        var clientDirectory = Path.Combine(Readme.RepositoryRoot, "Tests", "NodeClient");
        if (!Directory.Exists(Path.Combine(clientDirectory, "node_modules", "openai")))
        {
            if (SystemBinary.IsCi)
            {
                throw new InvalidOperationException("Tests/NodeClient has no node_modules; .ci/run installs them.");
            }

            Assert.Skip("Tests/NodeClient has no node_modules (cd Tests/NodeClient && npm ci).");
        }

        // Beside Tests/NodeClient's node_modules, so `import "openai"` resolves as it does after `npm install openai`.
        var file = Path.Combine(clientDirectory, $"readme-{Guid.NewGuid():N}.mjs");
        await File.WriteAllTextAsync(file, Readme.Snippet(snippet), cancellationToken);
        try
        {
            return await ProcessRunner.RunAsync(node, [file], clientDirectory, environment, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
