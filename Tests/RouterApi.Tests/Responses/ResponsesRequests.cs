using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>Raw Responses API requests to the router and readers of what came back.</summary>
internal static class ResponsesRequests
{
    public static Task<HttpResponseMessage> PostResponseAsync(this HttpClient client, JsonObject body) =>
        client.PostAsync("v1/responses", JsonContent.Create(body), TestContext.Current.CancellationToken);

    /// <summary>Fails with the body when the status is not 200, so a 400's message shows in the test's failure.</summary>
    public static async Task EnsureOkAsync(this HttpResponseMessage response)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The events of a Responses SSE body: each <c>event:</c> name with its <c>data:</c> JSON.</summary>
    public static async Task<List<(string Name, JsonElement Data)>> EventsAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var events = new List<(string, JsonElement)>();
        foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.FirstOrDefault(l => l.StartsWith("event: ", StringComparison.Ordinal))?["event: ".Length..];
            var data = lines.FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?["data: ".Length..];
            if (name is not null && data is not null)
            {
                events.Add((name, JsonDocument.Parse(data).RootElement.Clone()));
            }
        }

        return events;
    }
}
