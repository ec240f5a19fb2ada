using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// Writes OpenAI's embeddings answer: <c>data[]</c> of <c>embedding</c> objects in input order (numbers, or the base64 of
/// little-endian float32 bytes), the model that answered, and <c>usage</c>.
/// </summary>
internal static class EmbeddingsResponseWriter
{
    public static PooledByteBufferWriter Write(UpstreamEmbeddings vectors, string model, EmbeddingEncoding encoding, int promptTokens)
    {
        var buffer = new PooledByteBufferWriter(Math.Max(4096, vectors.Count * vectors.Dimensions * (encoding == EmbeddingEncoding.Base64 ? 6 : 12)));
        var bytes = encoding == EmbeddingEncoding.Base64 ? ArrayPool<byte>.Shared.Rent(vectors.Dimensions * sizeof(float)) : null;
        try
        {
            using var json = new Utf8JsonWriter(buffer);
            json.WriteStartObject();
            json.WriteString("object", "list");
            json.WriteStartArray("data");
            for (var i = 0; i < vectors.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("object", "embedding");
                json.WriteNumber("index", i);
                if (bytes is null)
                {
                    WriteNumbers(json, vectors[i]);
                }
                else
                {
                    json.WriteBase64String("embedding", LittleEndian(vectors[i], bytes));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("model", model);
            json.WriteStartObject("usage");
            json.WriteNumber("prompt_tokens", promptTokens);
            json.WriteNumber("total_tokens", promptTokens);
            json.WriteEndObject();
            json.WriteEndObject();
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static void WriteNumbers(Utf8JsonWriter json, ReadOnlySpan<float> vector)
    {
        json.WriteStartArray("embedding");
        foreach (var value in vector)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static ReadOnlySpan<byte> LittleEndian(ReadOnlySpan<float> vector, byte[] bytes)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes.AsSpan(0, vector.Length * sizeof(float));
    }
}
