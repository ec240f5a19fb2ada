using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Raw chat requests to the router, for tests that look at status, headers and bodies as sent.</summary>
internal static class ChatRequests
{
    public static JsonObject Body(string model = "free", bool stream = false) => new()
    {
        ["model"] = model,
        ["stream"] = stream,
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "Say hello." }),
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonObject body) =>
        client.PostAsync("v1/chat/completions", JsonContent.Create(body), TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PostStreamingAsync(this HttpClient client, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = JsonContent.Create(body) };
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    /// <summary>The <c>data:</c> payloads of an SSE body, in order.</summary>
    public static async Task<List<string>> ReadEventsAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return [.. text.Split('\n').Where(line => line.StartsWith("data:", StringComparison.Ordinal)).Select(line => line["data:".Length..].Trim())];
    }
}
