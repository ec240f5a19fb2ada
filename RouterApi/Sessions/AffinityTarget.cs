namespace AspireRouter.RouterApi.Sessions;

/// <summary>What a conversation stuck to: a model, and the number of the provider key that served it (0 when not known).</summary>
internal sealed record AffinityTarget(string ModelId, int KeyNumber)
{
    public bool Is(string modelId, int keyNumber) => KeyNumber == keyNumber && string.Equals(ModelId, modelId, StringComparison.Ordinal);
}
