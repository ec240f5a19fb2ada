using System.Text.Json.Nodes;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>Builds a believable free OpenRouter catalog entry for an id the fixtures don't describe.</summary>
internal static class PlausibleModelEntry
{
    /// <summary>A free text model entry; <paramref name="overrides"/> replaces any of its top-level fields.</summary>
    public static JsonObject For(string id, JsonObject? overrides = null)
    {
        var name = id.Split('/').Last().Replace(":free", " (free)", StringComparison.Ordinal);
        var entry = new JsonObject
        {
            ["id"] = id,
            ["canonical_slug"] = id.Replace(":free", string.Empty, StringComparison.Ordinal),
            ["hugging_face_id"] = string.Empty,
            ["name"] = name,
            ["created"] = 1767225600,
            ["description"] = $"Simulated model {id}.",
            ["context_length"] = 131072,
            ["architecture"] = new JsonObject
            {
                ["modality"] = "text->text",
                ["input_modalities"] = new JsonArray("text"),
                ["output_modalities"] = new JsonArray("text"),
                ["tokenizer"] = "Other",
                ["instruct_type"] = null,
            },
            ["pricing"] = new JsonObject { ["prompt"] = "0", ["completion"] = "0" },
            ["top_provider"] = new JsonObject { ["context_length"] = 131072, ["max_completion_tokens"] = 16384, ["is_moderated"] = false },
            ["per_request_limits"] = null,
            ["supported_parameters"] = new JsonArray("max_tokens", "response_format", "seed", "stop", "structured_outputs", "temperature", "tool_choice", "tools", "top_p"),
            ["default_parameters"] = new JsonObject(),
            ["knowledge_cutoff"] = null,
            ["expiration_date"] = null,
            ["links"] = new JsonObject { ["details"] = $"/api/v1/models/{id}/endpoints" },
        };
        foreach (var (key, value) in overrides ?? [])
        {
            entry[key] = value?.DeepClone();
        }

        return entry;
    }
}
