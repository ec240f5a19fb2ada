using System.Text.Json.Nodes;

namespace AspireRouter.Browser.Tests;

/// <summary>An OpenRouter-shaped catalog of identical free text models for the simulator to serve.</summary>
internal static class TestCatalog
{
    public static string[] ModelIds(int count) => [.. Enumerable.Range(0, count).Select(i => $"test/model-{i}:free")];

    /// <returns>The catalog file's path (in the temp folder).</returns>
    public static string Write(IEnumerable<string> ids)
    {
        var data = new JsonArray();
        foreach (var id in ids)
        {
            data.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = $"Test: {id}",
                ["created"] = 1_750_000_000,
                ["context_length"] = 32_768,
                ["architecture"] = new JsonObject
                {
                    ["modality"] = "text->text",
                    ["input_modalities"] = new JsonArray("text"),
                    ["output_modalities"] = new JsonArray("text"),
                },
                ["pricing"] = new JsonObject { ["prompt"] = "0", ["completion"] = "0" },
                ["top_provider"] = new JsonObject { ["context_length"] = 32_768, ["max_completion_tokens"] = 4096 },
                ["supported_parameters"] = new JsonArray("max_tokens", "temperature", "tools"),
            });
        }

        var path = Path.Combine(Path.GetTempPath(), $"aspire-router-browser-catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new JsonObject { ["data"] = data }.ToJsonString());
        return path;
    }
}
