using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.Serialization;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Writes OpenAI-shaped error bodies with the source-generated serializer.</summary>
public static class OpenAiErrorWriter
{
    public static void Write(IBufferWriter<byte> output, OpenAiError error)
    {
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, new OpenAiErrorResponse(error), RouterJsonContext.Default.OpenAiErrorResponse);
    }

    public static byte[] ToUtf8Bytes(OpenAiError error) =>
        JsonSerializer.SerializeToUtf8Bytes(new OpenAiErrorResponse(error), RouterJsonContext.Default.OpenAiErrorResponse);
}
