using System.Text;
using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>Raw requests to the natively spoken providers, with their own headers, and their answers as JSON.</summary>
internal static class NativeHttp
{
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, string json, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return client.SendAsync(request, HttpCompletionOption.ResponseContentRead, TestContext.Current.CancellationToken);
    }

    /// <summary>The JSON payloads of server-sent events, with each event's name (empty when absent).</summary>
    public static async Task<List<(string Event, JsonElement Data)>> EventsAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var events = new List<(string, JsonElement)>();
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var name = "";
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && line != "data: [DONE]")
                {
                    using var document = JsonDocument.Parse(line["data: ".Length..]);
                    events.Add((name, document.RootElement.Clone()));
                }
            }
        }

        return events;
    }

    public static async Task<List<JsonElement>> LinesAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
