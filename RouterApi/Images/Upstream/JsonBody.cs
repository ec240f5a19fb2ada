using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Lenient reading of provider responses: a body that is not JSON, or a field of another kind, is simply absent.</summary>
internal static class JsonBody
{
    /// <summary>The body as a document that reads <paramref name="body"/> in place (no copy): dispose it before the body.</summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool TryGet(this JsonElement element, string name, JsonValueKind kind, [NotNullWhen(true)] out JsonElement? value)
    {
        value = element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) && property.ValueKind == kind
            ? property
            : null;
        return value is not null;
    }

    public static string? StringOf(this JsonElement element, string name) =>
        element.TryGet(name, JsonValueKind.String, out var value) ? value.Value.GetString() : null;

    /// <summary>The array's items, or none when <paramref name="name"/> is not an array.</summary>
    public static IEnumerable<JsonElement> ItemsOf(this JsonElement element, string name) =>
        element.TryGet(name, JsonValueKind.Array, out var value) ? value.Value.EnumerateArray() : [];
}
