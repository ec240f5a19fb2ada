using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>Workers AI's envelope: <c>{"result":...,"success":...,"errors":[{"code","message"}],"messages":[]}</c>.</summary>
internal static class CloudflareResponses
{
    public static async Task WriteImageAsync(HttpResponse response, byte[] jpeg)
    {
        response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteStartObject("result");
        json.WriteBase64String("image", jpeg);
        json.WriteEndObject();
        json.WriteBoolean("success", true);
        json.WriteStartArray("errors");
        json.WriteEndArray();
        json.WriteStartArray("messages");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static async Task WriteErrorAsync(HttpResponse response, int status, int code, string message, int? retryAfterSeconds = null)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteStartObject("result");
        json.WriteEndObject();
        json.WriteBoolean("success", false);
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteNumber("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("messages");
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
