using AspireRouter.UpstreamSimulator.Determinism;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// A model's vector for a text: the same model and text always give the same unit vector, another model another one; the same
/// weights at two providers (<c>baai/bge-m3</c>, <c>@cf/baai/bge-m3</c>) give the same vectors. Asked for fewer dimensions, a
/// Matryoshka model's vector is its full one cut and normalised again, as those models do.
/// </summary>
internal static class EmbeddingVector
{
    public static float[] For(string model, string text, int fullDimensions, int dimensions)
    {
        var random = new DeterministicRandom(StableHash.Combine(StableHash.Of(Weights(model)), StableHash.Of(text)));
        var vector = new float[dimensions];
        double sumOfSquares = 0;
        for (var i = 0; i < fullDimensions; i++)
        {
            var value = (random.NextDouble() * 2) - 1;
            if (i < dimensions)
            {
                vector[i] = (float)value;
                sumOfSquares += value * value;
            }
        }

        var norm = (float)Math.Sqrt(sumOfSquares);
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    // The model's name without its publisher or host prefix: what names the weights.
    private static string Weights(string model) => model[(model.LastIndexOf('/') + 1)..].ToLowerInvariant();
}
