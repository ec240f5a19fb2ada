using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Tests.Support;

/// <summary>Raw HTTP calls, to see statuses, headers and bodies exactly as a client receives them.</summary>
internal static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? key = TestSimulator.Key, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client.SendAsync(request, completion, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> ChatAsync(this HttpClient client, string model, string? key = TestSimulator.Key, bool stream = false, string extra = "") =>
        client.PostJsonAsync("openrouter/api/v1/chat/completions", ChatBody(model, stream, extra), key);

    public static string ChatBody(string model, bool stream = false, string extra = "", string prompt = "Say hello") =>
        $$"""{"model":"{{model}}","stream":{{(stream ? "true" : "false")}},"messages":[{"role":"user","content":{{JsonSerializer.Serialize(prompt)}}}]{{extra}}}""";

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"No '{name}' header in the response.");
}
