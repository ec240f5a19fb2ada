using System.Text.Json.Nodes;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>The recorded OpenRouter catalog's free models, read straight from the fixture so tests don't trust the router's own parsing.</summary>
internal static class FixtureModels
{
    private static readonly Lazy<JsonArray> Free = new(Load);

    public static HashSet<string> FreeIdsWhere(Func<JsonNode, bool> predicate) =>
        [.. Free.Value.Where(model => predicate(model!)).Select(model => model!["id"]!.GetValue<string>())];

    public static bool Supports(JsonNode model, string parameter) =>
        model["supported_parameters"]!.AsArray().Any(p => p!.GetValue<string>() == parameter);

    public static bool TakesImages(JsonNode model) =>
        model["architecture"]!["input_modalities"]!.AsArray().Any(m => m!.GetValue<string>() == "image");

    public static int ContextLength(JsonNode model) => model["context_length"]!.GetValue<int>();

    private static JsonArray Load()
    {
        var all = JsonNode.Parse(File.ReadAllText(RecordedFixtures.Path("openrouter", "models-2026-05-01.json")))!["data"]!.AsArray();
        var free = new JsonArray();
        foreach (var model in all)
        {
            var prices = model!["pricing"]!.AsObject().Select(p => p.Value!.GetValue<string>());
            if (prices.All(p => p == "0") && !model["id"]!.GetValue<string>().StartsWith("openrouter/", StringComparison.Ordinal))
            {
                free.Add(model.DeepClone());
            }
        }

        return free;
    }
}
