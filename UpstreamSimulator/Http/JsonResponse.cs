using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Http;

/// <summary>Writes a JSON body straight into the response's pooled pipe buffers; Kestrel adds Content-Length when done.</summary>
internal static class JsonResponse
{
    public static void Write<T>(HttpResponse response, int status, T value, JsonTypeInfo<T> type)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        using var json = new Utf8JsonWriter(response.BodyWriter);
        JsonSerializer.Serialize(json, value, type);
    }
}
