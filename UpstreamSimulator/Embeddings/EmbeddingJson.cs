using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>Writes an embeddings answer straight to the response, vectors as JSON number arrays.</summary>
internal static class EmbeddingJson
{
    public static void Write(HttpResponse response, Action<Utf8JsonWriter> body)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        using var json = new Utf8JsonWriter(response.BodyWriter);
        body(json);
    }

    public static void Vector(Utf8JsonWriter json, float[] vector)
    {
        json.WriteStartArray();
        foreach (var value in vector)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The texts of a field that is one string or an array of strings; null when it is neither.</summary>
    public static List<string>? Texts(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var texts = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            texts.Add(item.GetString()!);
        }

        return texts;
    }

    public static int? Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    public static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
