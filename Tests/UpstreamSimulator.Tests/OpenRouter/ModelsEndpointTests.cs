using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.TestSupport;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary><c>GET /api/v1/models</c> (https://openrouter.ai/docs/overview/models): the catalog, filters, no key needed.</summary>
public sealed class ModelsEndpointTests
{
    private static async Task<JsonElement> ModelsAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync(new Uri("openrouter/api/v1/models" + query, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("data");
    }

    [Fact]
    public async Task Models_WithoutKey_ServesTheFixtureCatalogEntryForEntry()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(RecordedFixtures.Path("openrouter", "models-2026-05-01.json"), TestContext.Current.CancellationToken))!["data"]!.AsArray();

        var data = await ModelsAsync(client, "?output_modalities=all");

        Assert.Equal(fixture.Count, data.GetArrayLength());
        Assert.True(JsonNode.DeepEquals(fixture[0], JsonNode.Parse(data[0].GetRawText())));
        Assert.True(JsonNode.DeepEquals(fixture[^1], JsonNode.Parse(data[data.GetArrayLength() - 1].GetRawText())));
    }

    [Fact]
    public async Task Models_OutputModalitiesImage_ListsOnlyModelsThatDraw()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var data = await ModelsAsync(client, "?output_modalities=image");

        Assert.Contains(data.EnumerateArray(), m => m.GetProperty("id").GetString() == TestSimulator.ImageModel);
        Assert.All(data.EnumerateArray(), m => Assert.Contains("image", m.GetProperty("architecture").GetProperty("output_modalities").EnumerateArray().Select(x => x.GetString())));
    }

    [Fact]
    public async Task Models_SupportedParameters_ListsOnlyModelsSupportingEachOne()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var all = await ModelsAsync(client);
        var data = await ModelsAsync(client, "?supported_parameters=tools,response_format");

        Assert.InRange(data.GetArrayLength(), 1, all.GetArrayLength() - 1);
        Assert.All(data.EnumerateArray(), m =>
        {
            var parameters = m.GetProperty("supported_parameters").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.Contains("tools", parameters);
            Assert.Contains("response_format", parameters);
        });
    }

    [Fact]
    public async Task Models_CatalogFileGivenByTheTest_IsServedInstead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"data":[{"id":"acme/tiny:free","architecture":{"input_modalities":["text"],"output_modalities":["text"]},"supported_parameters":["tools"]}]}""", TestContext.Current.CancellationToken);
        try
        {
            await using var simulator = await TestSimulator.StartAsync(o => o.OpenRouter.CatalogPath = path);
            using var client = simulator.Client();

            var data = await ModelsAsync(client);

            Assert.Equal("acme/tiny:free", Assert.Single(data.EnumerateArray()).GetProperty("id").GetString());
            using var chat = await client.ChatAsync("acme/tiny:free");
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
