using System.ClientModel;
using System.Collections.Concurrent;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Images;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>
/// The keyless first run shows the product: the sandbox simulates the shipped free tiers, so a burst larger than OpenRouter's
/// free limit is answered in full, spread over several providers, and images come from a simulated free image model.
/// </summary>
public sealed class SandboxPoolTests
{
    private const string SandboxResource = "provider-sandbox";
    private const int Requests = 100;
    private const int Concurrency = 8;
    private const int OpenRouterPerMinute = 20;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task KeylessAppHost_HundredRequestsInAMinute_AllAnswered_OverSeveralProviders_AndOpenRouterKeepsItsLimit()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await using var stack = await RunningStack.StartAsync([], timeout.Token, ["redis", SandboxResource, "routerapi", "healthprobe"]);
        var key = await stack.ClientKeyAsync(timeout.Token);
        using var http = stack.App.CreateHttpClient("routerapi");
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var providerOf = await WaitForSandboxPoolAsync(http, timeout.Token);

        var client = new ChatClient("free", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(http.BaseAddress!, "v1") });
        var answeredBy = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, Requests, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = timeout.Token }, async (i, token) =>
        {
            var model = i % 2 == 0 ? await CompleteAsync(client, token) : await StreamAsync(client, token);
            Assert.True(providerOf.TryGetValue(model, out var provider), $"request {i} was answered by '{model}', which /v1/models does not list");
            answeredBy.Add(provider);
        });

        var byProvider = answeredBy.CountBy(provider => provider).ToDictionary();
        Assert.Equal(Requests, answeredBy.Count);
        Assert.True(byProvider.Count >= 3, $"only {string.Join(", ", byProvider.Keys)} answered");
        var openRouterAnswers = await SimulatorAnswerTimesAsync(stack, "openrouter", timeout.Token);
        Assert.Equal(byProvider.GetValueOrDefault("openrouter"), openRouterAnswers.Count);
        Assert.True(MostInAnyMinute(openRouterAnswers) <= OpenRouterPerMinute, $"OpenRouter answered {MostInAnyMinute(openRouterAnswers)} requests within one minute");

        var images = new ImageClient("free", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(http.BaseAddress!, "v1") });
        ClientResult<GeneratedImage> image = await images.GenerateImageAsync("A lighthouse at dusk", new ImageGenerationOptions { Size = GeneratedImageSize.W1024xH1024 }, timeout.Token);
        Assert.True(image.Value.ImageBytes.ToArray().Length > 0);
        Assert.True(image.GetRawResponse().Headers.TryGetValue("x-router-provider", out var imageProvider));
        Assert.Equal("workers-ai", imageProvider);
    }

    private static async Task<string> CompleteAsync(ChatClient client, CancellationToken cancellationToken)
    {
        ChatCompletion reply = await client.CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: cancellationToken);
        Assert.False(string.IsNullOrWhiteSpace(reply.Content[0].Text));
        return reply.Model;
    }

    private static async Task<string> StreamAsync(ChatClient client, CancellationToken cancellationToken)
    {
        var model = "";
        var text = 0;
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Count to three.")], cancellationToken: cancellationToken))
        {
            model = update.Model ?? model;
            text += update.ContentUpdate.Sum(part => part.Text.Length);
        }

        Assert.True(text > 0, $"the stream from '{model}' had no text");
        return model;
    }

    /// <summary>Waits until every sandbox provider's models are in the pool; returns each model's provider.</summary>
    private static async Task<Dictionary<string, string>> WaitForSandboxPoolAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await TryListModelsAsync(http, cancellationToken) is { } models)
            {
                using (models)
                {
                    Assert.True(models.RootElement.GetProperty("sandbox").GetBoolean());
                    var providerOf = models.RootElement.GetProperty("data").EnumerateArray()
                        .Where(model => !model.GetProperty("virtual").GetBoolean())
                        .ToDictionary(model => model.GetProperty("id").GetString()!, model => model.GetProperty("owned_by").GetString()!);
                    if (providerOf.Values.Distinct().Count() >= 8)
                    {
                        return providerOf;
                    }
                }
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task<JsonDocument?> TryListModelsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            return JsonDocument.Parse(await http.GetStringAsync("/v1/models", cancellationToken));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // A service just started on a busy machine (CI runs test projects side by side) may not answer in time yet.
            return null;
        }
    }

    /// <summary>When the simulated provider received each request it answered with 200.</summary>
    private static async Task<List<DateTimeOffset>> SimulatorAnswerTimesAsync(RunningStack stack, string provider, CancellationToken cancellationToken)
    {
        using var simulator = stack.App.CreateHttpClient(SandboxResource);
        using var log = JsonDocument.Parse(await simulator.GetStringAsync($"/_control/requests?provider={provider}", cancellationToken));
        return [.. log.RootElement.GetProperty("requests").EnumerateArray()
            .Where(request => request.GetProperty("status").GetInt32() == 200 && request.GetProperty("path").GetString()!.EndsWith("/chat/completions", StringComparison.Ordinal))
            .Select(request => request.GetProperty("receivedAt").GetDateTimeOffset())
            .Order()];
    }

    private static int MostInAnyMinute(List<DateTimeOffset> times)
    {
        var most = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromMinutes(1))
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
