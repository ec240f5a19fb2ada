namespace AspireRouter.RouterApi.Sessions;

/// <summary>One conversation's model, when it lets go of it and when Redis last heard of it; updated in place, so a served turn allocates nothing.</summary>
internal sealed class AffinityEntry(string modelId, long expiresAtTicks, long sharedAtTicks)
{
    private string _modelId = modelId;
    private long _expiresAtTicks = expiresAtTicks;
    private long _sharedAtTicks = sharedAtTicks;

    public string ModelId => Volatile.Read(ref _modelId);

    /// <summary>UTC ticks after which the conversation is free again.</summary>
    public long ExpiresAtTicks => Volatile.Read(ref _expiresAtTicks);

    /// <summary>UTC ticks when the model was last written to (or read from) Redis.</summary>
    public long SharedAtTicks => Volatile.Read(ref _sharedAtTicks);

    public void Stick(string modelId, long expiresAtTicks)
    {
        Volatile.Write(ref _modelId, modelId);
        Volatile.Write(ref _expiresAtTicks, expiresAtTicks);
    }

    public void Shared(long atTicks) => Volatile.Write(ref _sharedAtTicks, atTicks);
}
