using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Sse;

/// <summary>Server-sent events as LLM APIs use them: <c>data: {json}</c> events, <c>: comment</c> lines, <c>data: [DONE]</c>.</summary>
internal static class SseWriter
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    public static void Start(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
    }

    public static void Comment(PipeWriter writer, string comment)
    {
        writer.Write(Encoding.UTF8.GetBytes($": {comment}"));
        writer.Write(EventEnd);
    }

    public static void Data<T>(PipeWriter writer, T value, JsonTypeInfo<T> type)
    {
        writer.Write(DataPrefix);
        using (var json = new Utf8JsonWriter(writer))
        {
            JsonSerializer.Serialize(json, value, type);
        }

        writer.Write(EventEnd);
    }

    public static void DoneMarker(PipeWriter writer) => writer.Write(Done);
}
