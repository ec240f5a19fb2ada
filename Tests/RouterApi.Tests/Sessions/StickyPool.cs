using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>A pool of identical models large enough that a conversation which does not stick would hop, and conversations to send it.</summary>
internal static class StickyPool
{
    public static readonly string[] Models = TestCatalog.ModelIds(8);

    public static Task<RouterTestHost> StartAsync(Action<RouterTestHostOptions>? configure = null) =>
        RouterTestHost.StartAsync(options =>
        {
            Configure(options);
            configure?.Invoke(options);
        });

    public static void Configure(RouterTestHostOptions options)
    {
        options.Seed = 11;
        options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Models);

        // A busy machine's slow first answer must not count as a stalled model: only the scripted faults move a conversation.
        options.Settings["Availability:FirstToken:Floor"] = "00:01:00";
        options.Settings["Availability:FirstToken:Ceiling"] = "00:01:00";
    }

    /// <summary>A chat body at turn <paramref name="turn"/> (1-based) of a conversation: the opening, then an exchange per earlier turn.</summary>
    public static JsonObject Conversation(int turn, string opening = "Plan a three-day trip to Lisbon.")
    {
        var messages = new JsonArray
        {
            new JsonObject { ["role"] = "system", ["content"] = "You are a terse travel agent." },
            new JsonObject { ["role"] = "user", ["content"] = opening },
        };
        for (var i = 1; i < turn; i++)
        {
            messages.Add(new JsonObject { ["role"] = "assistant", ["content"] = $"Answer {i}." });
            messages.Add(new JsonObject { ["role"] = "user", ["content"] = $"Follow-up {i}." });
        }

        return new JsonObject { ["model"] = "free", ["messages"] = messages };
    }

    public static async Task<Answer> SendAsync(HttpClient client, JsonObject body, string path = "v1/chat/completions", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return new Answer(response.Header("x-router-model"), response.Header("x-router-session"));
    }

    /// <summary>Who answered a turn, and what <c>x-router-session</c> said of it (empty when absent).</summary>
    public readonly record struct Answer(string Model, string Session);
}
