using System.Buffers;
using System.Text.Json;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>The vectors a provider answered, in input order, in one pooled array; dispose it once written.</summary>
internal sealed class UpstreamEmbeddings : IDisposable
{
    private float[]? _values;

    private UpstreamEmbeddings(float[] values, int count, int dimensions, int? promptTokens)
    {
        _values = values;
        Count = count;
        Dimensions = dimensions;
        PromptTokens = promptTokens;
    }

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>The input tokens the provider counted, when it says.</summary>
    public int? PromptTokens { get; }

    public Span<float> this[int index] => _values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>
    /// Reads an array of vectors: each item is the vector itself, or an object holding it in <paramref name="field"/> (and its
    /// place in <c>index</c>, if it says). Null when the array is empty, a vector is not all numbers, or the lengths differ.
    /// </summary>
    public static UpstreamEmbeddings? Read(JsonElement items, string? field, int? promptTokens)
    {
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return null;
        }

        var count = items.GetArrayLength();
        float[]? values = null;
        var dimensions = 0;
        var position = 0;
        foreach (var item in items.EnumerateArray())
        {
            var index = field is not null && item.ValueKind == JsonValueKind.Object && item.TryGetProperty("index", out var at) && at.TryGetInt32(out var given) ? given : position;
            var vector = field is null ? item : item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var held) ? held : default;
            if (vector.ValueKind != JsonValueKind.Array || index < 0 || index >= count || (values is not null && vector.GetArrayLength() != dimensions))
            {
                Return(values);
                return null;
            }

            if (values is null)
            {
                dimensions = vector.GetArrayLength();
                values = ArrayPool<float>.Shared.Rent(Math.Max(1, count * dimensions));
            }

            var offset = index * dimensions;
            foreach (var number in vector.EnumerateArray())
            {
                if (number.ValueKind != JsonValueKind.Number)
                {
                    Return(values);
                    return null;
                }

                values[offset++] = number.GetSingle();
            }

            position++;
        }

        return dimensions == 0 ? Return(values) : new UpstreamEmbeddings(values!, count, dimensions, promptTokens);
    }

    /// <summary>Scales each vector to length 1, as OpenAI's are (a Matryoshka model's cut vectors are not).</summary>
    public void Normalize()
    {
        for (var i = 0; i < Count; i++)
        {
            var vector = this[i];
            double sumOfSquares = 0;
            foreach (var value in vector)
            {
                sumOfSquares += value * value;
            }

            if (sumOfSquares > 0)
            {
                var scale = (float)(1 / Math.Sqrt(sumOfSquares));
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] *= scale;
                }
            }
        }
    }

    public void Dispose()
    {
        Return(_values);
        _values = null;
    }

    private static UpstreamEmbeddings? Return(float[]? values)
    {
        if (values is not null)
        {
            ArrayPool<float>.Shared.Return(values);
        }

        return null;
    }
}
