using System.Text.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>Makes a JSON value that satisfies a JSON schema: every listed property, plausible values of the right types.</summary>
internal static class JsonValueSynthesizer
{
    private const int MaxDepth = 8;

    public static JsonNode? For(JsonElement schema) => Value(schema, schema, "value", 0);

    private static JsonNode? Value(JsonElement schema, JsonElement root, string name, int depth)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return depth > MaxDepth ? null : JsonValue.Create(name);
        }

        if (schema.TryGetProperty("$ref", out var reference) && Resolve(root, reference.GetString()) is { } target)
        {
            return Value(target, root, name, depth + 1);
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        if (schema.TryGetProperty("enum", out var choices) && choices.GetArrayLength() > 0)
        {
            return JsonNode.Parse(choices[0].GetRawText());
        }

        foreach (var combinator in (ReadOnlySpan<string>)["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(combinator, out var options) && FirstNonNull(options) is { } option)
            {
                return Value(option, root, name, depth + 1);
            }
        }

        return Type(schema) switch
        {
            "object" => Object(schema, root, depth),
            "array" => Array(schema, root, name, depth),
            "integer" => JsonValue.Create(Bound(schema, 1)),
            "number" => JsonValue.Create(Bound(schema, 1) + 0.5),
            "boolean" => JsonValue.Create(true),
            "null" => null,
            _ => JsonValue.Create(Text(schema, name)),
        };
    }

    private static JsonObject Object(JsonElement schema, JsonElement root, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Value(property.Value, root, property.Name, depth + 1);
            }
        }

        return result;
    }

    private static JsonArray Array(JsonElement schema, JsonElement root, string name, int depth)
    {
        var count = schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minimum) ? Math.Max(1, minimum) : 1;
        var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(Value(items, root, name, depth + 1));
        }

        return result;
    }

    private static string? Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("items", out _) ? "array" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString();
    }

    private static int Bound(JsonElement schema, int fallback)
    {
        var value = fallback;
        if (schema.TryGetProperty("minimum", out var minimum) && minimum.TryGetDouble(out var min))
        {
            value = (int)Math.Ceiling(min);
        }
        else if (schema.TryGetProperty("exclusiveMinimum", out var exclusive) && exclusive.TryGetDouble(out var floor))
        {
            value = (int)Math.Floor(floor) + 1;
        }

        return schema.TryGetProperty("maximum", out var maximum) && maximum.TryGetDouble(out var max) ? Math.Min(value, (int)Math.Floor(max)) : value;
    }

    private static string Text(JsonElement schema, string name)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var text = format switch
        {
            "date" => "2026-05-01",
            "date-time" => "2026-05-01T12:00:00Z",
            "time" => "12:00:00",
            "email" => "someone@example.com",
            "uri" or "url" => "https://example.com/",
            "uuid" => "00000000-0000-4000-8000-000000000000",
            _ => $"sample {name}",
        };
        var minLength = schema.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var length) ? length : 0;
        return text.Length >= minLength ? text : text.PadRight(minLength, 'x');
    }

    private static JsonElement? FirstNonNull(JsonElement options) =>
        options.ValueKind == JsonValueKind.Array
            ? options.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(o => !(o!.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"))
            : null;

    /// <summary>Resolves local references such as <c>#/$defs/Address</c> or <c>#/definitions/Address</c>.</summary>
    private static JsonElement? Resolve(JsonElement root, string? reference)
    {
        if (reference is null || !reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        var current = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out current))
            {
                return null;
            }
        }

        return current;
    }
}
