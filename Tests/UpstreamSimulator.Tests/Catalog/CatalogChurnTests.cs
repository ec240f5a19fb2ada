using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.Catalog;

/// <summary>Models come and go: at runtime through the control API, and day by day from the free catalog history.</summary>
public sealed class CatalogChurnTests
{
    private static async Task<List<string>> ModelIdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("openrouter/api/v1/models?output_modalities=all", UriKind.Relative), TestContext.Current.CancellationToken);
        return [.. (await response.JsonAsync()).GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }

    private static JsonNode History() =>
        JsonNode.Parse(File.ReadAllText(RecordedFixtures.Path("openrouter", "free-catalog-history.json")))!;

    [Fact]
    public async Task AddAndRemoveModel_ThroughTheControlApi_ChangesCatalogAndChat()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var added = await client.PostAsync(new Uri("_control/openrouter/models", UriKind.Relative), new StringContent("""{"id":"acme/new-model:free","context_length":8192}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Contains("acme/new-model:free", await ModelIdsAsync(client));
        using (var chat = await client.ChatAsync("acme/new-model:free"))
        {
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        }

        using var removed = await client.DeleteAsync(new Uri($"_control/openrouter/models/{TestSimulator.FreeToolModel}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(TestSimulator.FreeToolModel, await ModelIdsAsync(client));
        using var gone = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
    }

    [Fact]
    public async Task AddedModel_WithOnlyAnId_GetsAPlausibleFreeEntry()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        simulator.Control.AddOpenRouterModel("acme/plain:free");

        using var response = await client.GetAsync(new Uri("openrouter/api/v1/models", UriKind.Relative), TestContext.Current.CancellationToken);
        var entry = (await response.JsonAsync()).GetProperty("data").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "acme/plain:free");

        Assert.Equal("0", entry.GetProperty("pricing").GetProperty("prompt").GetString());
        Assert.Equal("0", entry.GetProperty("pricing").GetProperty("completion").GetString());
        Assert.True(entry.GetProperty("context_length").GetInt32() > 0);
        Assert.Contains("tools", entry.GetProperty("supported_parameters").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task HistoryDay_ServesExactlyTheFreeIdsOfThatSnapshot()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        var history = History();
        var snapshots = history["snapshots"]!.AsArray();

        using var selected = await client.PutAsync(new Uri("_control/openrouter/history/day/10", UriKind.Relative), null, TestContext.Current.CancellationToken);
        var state = await selected.JsonAsync();

        Assert.Equal(10, state.GetProperty("day").GetInt32());
        Assert.Equal(snapshots.Count, state.GetProperty("dayCount").GetInt32());
        var expected = snapshots[10]!["free_ids"]!.AsArray().Select(id => id!.GetValue<string>()).Order().ToList();
        Assert.Equal(expected, (await ModelIdsAsync(client)).Order().ToList());
        var someId = expected[0];
        Assert.True(JsonNode.DeepEquals(history["models"]![someId], JsonNode.Parse((await ModelsByIdAsync(client))[someId].GetRawText())));
    }

    [Fact]
    public async Task HistoryReplay_WithDayLength_AdvancesOneSnapshotPerSimulatedDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var simulator = await TestSimulator.StartAsync(o =>
        {
            o.OpenRouter.History.Enabled = true;
            o.OpenRouter.History.DayLength = TimeSpan.FromDays(1);
        }, clock);
        using var client = simulator.Client();
        var snapshots = History()["snapshots"]!.AsArray();
        var changing = Enumerable.Range(1, snapshots.Count - 1).First(day => !SameIds(snapshots[day - 1]!, snapshots[day]!));

        clock.Advance(TimeSpan.FromDays(changing - 1));
        var before = (await ModelIdsAsync(client)).Order().ToList();
        clock.Advance(TimeSpan.FromDays(1));
        var after = (await ModelIdsAsync(client)).Order().ToList();

        Assert.Equal(Ids(snapshots[changing - 1]!), before);
        Assert.Equal(Ids(snapshots[changing]!), after);
        Assert.Equal(changing, simulator.Control.History.Day);
    }

    private static async Task<Dictionary<string, JsonElement>> ModelsByIdAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("openrouter/api/v1/models?output_modalities=all", UriKind.Relative), TestContext.Current.CancellationToken);
        return (await response.JsonAsync()).GetProperty("data").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
    }

    private static List<string> Ids(JsonNode snapshot) => [.. snapshot["free_ids"]!.AsArray().Select(id => id!.GetValue<string>()).Order()];

    private static bool SameIds(JsonNode a, JsonNode b) => Ids(a).SequenceEqual(Ids(b));
}
