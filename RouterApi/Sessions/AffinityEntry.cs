namespace AspireRouter.RouterApi.Sessions;

/// <summary>One conversation's model and when it lets go of it; updated in place, so a served turn allocates nothing.</summary>
internal sealed class AffinityEntry(string modelId, long expiresAtTicks)
{
    private string _modelId = modelId;
    private long _expiresAtTicks = expiresAtTicks;

    public string ModelId => Volatile.Read(ref _modelId);

    /// <summary>UTC ticks after which the conversation is free again.</summary>
    public long ExpiresAtTicks => Volatile.Read(ref _expiresAtTicks);

    public void Stick(string modelId, long expiresAtTicks)
    {
        Volatile.Write(ref _modelId, modelId);
        Volatile.Write(ref _expiresAtTicks, expiresAtTicks);
    }
}
