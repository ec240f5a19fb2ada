using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Raw Anthropic Messages requests to the router, sent as Anthropic's clients send them (x-api-key, anthropic-version).</summary>
internal static class MessagesRequests
{
    public static JsonObject Body(bool stream = false, string model = "free") => new()
    {
        ["model"] = model,
        ["max_tokens"] = 256,
        ["stream"] = stream,
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "Say hello." }),
    };

    public static async Task<HttpResponseMessage> PostMessagesAsync(this RouterTestHost host, JsonObject body, string path = "v1/messages", string? apiKey = RouterTestHost.ClientKey)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        request.Headers.Add("anthropic-version", "2023-06-01");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    /// <summary>An SSE body's events: each <c>event:</c> name with its <c>data:</c> JSON.</summary>
    public static async Task<List<(string Name, JsonElement Data)>> ReadAnthropicEventsAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var events = new List<(string, JsonElement)>();
        foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.Single(line => line.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..];
            using var data = JsonDocument.Parse(lines.Single(line => line.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..]);
            events.Add((name, data.RootElement.Clone()));
        }

        return events;
    }
}
