namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>An embedding model a provider serves: its vectors' size, the smallest it can cut them to (Matryoshka), and its batch limit.</summary>
internal sealed record EmbeddingModel(string Id, int Dimensions, int MaxInputs, int? MinDimensions = null)
{
    public bool Accepts(int dimensions) => MinDimensions is { } min && dimensions >= min && dimensions <= Dimensions;
}
