using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AspireRouter.TestSupport;

/// <summary>
/// Validates JSON against a schema of an OpenAPI document's <c>components/schemas</c> (OpenAI's <c>openapi.json</c> by default),
/// with JsonSchema.Net: the schema and every schema it references become <c>$defs</c> of one draft 2020-12 schema, and
/// OpenAPI 3.0's <c>nullable: true</c>, which the document still mixes in, becomes a <c>null</c> alternative.
/// </summary>
public sealed class OpenApiSchemaValidator
{
    private const string ComponentPrefix = "#/components/schemas/";
    private static readonly Lazy<OpenApiSchemaValidator> OpenAi = new(() => Load(RecordedFixtures.Path("openai", "openapi.json")));
    private readonly JsonObject _components;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private OpenApiSchemaValidator(JsonObject components) => _components = components;

    /// <summary>The validator for <c>Tests/Fixtures/openai/openapi.json</c>.</summary>
    public static OpenApiSchemaValidator OpenAiSpec => OpenAi.Value;

    public static OpenApiSchemaValidator Load(string openApiPath)
    {
        using var stream = File.OpenRead(openApiPath);
        var document = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidDataException($"{openApiPath} is empty.");
        var schemas = document["components"]?["schemas"]?.AsObject() ?? throw new InvalidDataException($"{openApiPath} has no components/schemas.");
        return new OpenApiSchemaValidator(schemas);
    }

    /// <summary>The reasons <paramref name="json"/> does not match the named schema; empty when it does.</summary>
    public IReadOnlyList<string> Problems(string schemaName, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema(schemaName).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))];
    }

    public void AssertValid(string schemaName, string json)
    {
        var problems = Problems(schemaName, json);
        Assert.True(problems.Count == 0, $"Not a valid {schemaName}:\n{string.Join('\n', problems)}\n{json}");
    }

    private JsonSchema Schema(string name) => _schemas.GetOrAdd(name, Build);

    private JsonSchema Build(string name)
    {
        var definitions = new JsonObject();
        var pending = new Queue<string>([name]);
        while (pending.TryDequeue(out var next))
        {
            if (definitions.ContainsKey(next))
            {
                continue;
            }

            var source = _components[next] ?? throw new KeyNotFoundException($"The OpenAPI document has no schema '{next}'.");
            definitions[next] = Convert(source, pending);
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = definitions,
            ["$ref"] = "#/$defs/" + name,
        };
        // The built schema keeps reading its source, so the source must not be a disposable document.
        return JsonSchema.Build(JsonElement.Parse(root.ToJsonString()), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://openapi.schemas.test/{Guid.NewGuid():N}/{name}"));
    }

    /// <summary>Copies a schema node, pointing references at <c>$defs</c> and turning <c>nullable</c> into a null alternative.</summary>
    private static JsonNode? Convert(JsonNode? node, Queue<string> referenced)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Convert(item, referenced))]);
            case JsonObject schema:
                var copy = new JsonObject();
                foreach (var (key, value) in schema)
                {
                    if (key == "$ref" && value?.GetValue<string>() is { } reference && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                    {
                        referenced.Enqueue(reference[ComponentPrefix.Length..]);
                        copy[key] = "#/$defs/" + reference[ComponentPrefix.Length..];
                    }
                    else if (key != "nullable")
                    {
                        copy[key] = Convert(value, referenced);
                    }
                }

                return schema["nullable"]?.GetValue<bool>() == true ? Nullable(copy) : copy;
            default:
                return node?.DeepClone();
        }
    }

    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["$ref"] is { } reference)
        {
            schema.Remove("$ref");
            schema["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = reference }, new JsonObject { ["type"] = "null" });
            return schema;
        }

        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        return schema;
    }
}
