using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>Writes provider bodies built as JSON trees: whole responses, server-sent events, and JSON lines.</summary>
internal static class NativeJson
{
    public static void Write(HttpResponse response, int status, JsonNode body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        using var json = new Utf8JsonWriter(response.BodyWriter);
        body.WriteTo(json);
    }

    public static void StartStream(HttpResponse response, string contentType)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>One server-sent event: an optional <c>event:</c> line, the <c>data:</c> line, then <paramref name="separator"/>.</summary>
    public static void Event(PipeWriter writer, string? eventName, JsonNode data, string separator = "\n\n")
    {
        if (eventName is not null)
        {
            writer.Write(Encoding.UTF8.GetBytes($"event: {eventName}\n"));
        }

        writer.Write("data: "u8);
        WriteNode(writer, data);
        writer.Write(Encoding.UTF8.GetBytes(separator));
    }

    public static void Done(PipeWriter writer) => writer.Write("data: [DONE]\n\n"u8);

    /// <summary>One NDJSON line.</summary>
    public static void Line(PipeWriter writer, JsonNode data)
    {
        WriteNode(writer, data);
        writer.Write("\n"u8);
    }

    private static void WriteNode(PipeWriter writer, JsonNode data)
    {
        using var json = new Utf8JsonWriter(writer);
        data.WriteTo(json);
    }
}
