using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Writes small OpenRouter-shaped catalogs (<c>GET /api/v1/models</c>) of identical free text models for the simulator to serve.</summary>
internal static class TestCatalog
{
    public static string[] ModelIds(int count) => [.. Enumerable.Range(0, count).Select(i => $"test/model-{i}:free")];

    private const int DefaultContext = 32_768;

    /// <returns>The catalog file's path (in the temp folder).</returns>
    public static string Write(IEnumerable<string> ids) => Write(ids.Select(id => (id, DefaultContext)));

    /// <returns>The catalog file's path (in the temp folder).</returns>
    public static string Write(IEnumerable<(string Id, int ContextLength)> models) =>
        Write(models.Select(model => (model.Id, model.ContextLength, new[] { "text" })));

    /// <param name="models">Each model's output modalities, e.g. <c>["image", "text"]</c> for an image model.</param>
    /// <returns>The catalog file's path (in the temp folder).</returns>
    public static string Write(IEnumerable<(string Id, int ContextLength, string[] OutputModalities)> models)
    {
        var data = new JsonArray();
        foreach (var (id, contextLength, outputModalities) in models)
        {
            data.Add(Entry(id, contextLength, outputModalities));
        }

        // Named by its content: the same catalog is one file however often a test run writes it, so runs do not fill the temp
        // folder. Written beside it and renamed into place, so a test that reads it while another writes it reads it whole.
        var json = new JsonObject { ["data"] = data }.ToJsonString();
        var path = Path.Combine(Path.GetTempPath(), $"aspire-router-catalog-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}.json");
        if (!File.Exists(path))
        {
            var written = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(written, json);
            File.Move(written, path, overwrite: true);
        }

        return path;
    }

    private static JsonObject Entry(string id, int contextLength, string[] outputModalities) => new()
    {
        ["id"] = id,
        ["canonical_slug"] = id,
        ["name"] = $"Test: {id}",
        ["created"] = 1_750_000_000,
        ["description"] = "A free test model.",
        ["context_length"] = contextLength,
        ["architecture"] = new JsonObject
        {
            ["modality"] = "text->" + string.Join('+', outputModalities),
            ["input_modalities"] = new JsonArray("text"),
            ["output_modalities"] = new JsonArray([.. outputModalities.Select(modality => JsonValue.Create(modality))]),
            ["tokenizer"] = "Other",
            ["instruct_type"] = null,
        },
        ["pricing"] = new JsonObject { ["prompt"] = "0", ["completion"] = "0" },
        ["top_provider"] = new JsonObject { ["context_length"] = contextLength, ["max_completion_tokens"] = 4096, ["is_moderated"] = false },
        ["per_request_limits"] = null,
        ["supported_parameters"] = new JsonArray("max_tokens", "temperature", "stop", "tools", "tool_choice", "response_format", "structured_outputs"),
    };
}
