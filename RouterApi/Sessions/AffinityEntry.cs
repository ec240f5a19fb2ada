namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// One conversation's model and key, when it lets go of them and when Redis last heard of it; updated in place, so a served turn
/// that keeps its model and key allocates nothing, and a reader sees the model and key of one turn together.
/// </summary>
internal sealed class AffinityEntry(AffinityTarget target, long expiresAtTicks, long sharedAtTicks)
{
    private AffinityTarget _target = target;
    private long _expiresAtTicks = expiresAtTicks;
    private long _sharedAtTicks = sharedAtTicks;

    public AffinityTarget Target => Volatile.Read(ref _target);

    /// <summary>UTC ticks after which the conversation is free again.</summary>
    public long ExpiresAtTicks => Volatile.Read(ref _expiresAtTicks);

    /// <summary>UTC ticks when the model was last written to (or read from) Redis.</summary>
    public long SharedAtTicks => Volatile.Read(ref _sharedAtTicks);

    /// <summary>Sticks the conversation to the model and key until <paramref name="expiresAtTicks"/>; true when either changed.</summary>
    public bool Stick(string modelId, int keyNumber, long expiresAtTicks)
    {
        var changed = !Target.Is(modelId, keyNumber);
        if (changed)
        {
            Volatile.Write(ref _target, new AffinityTarget(modelId, keyNumber));
        }

        Volatile.Write(ref _expiresAtTicks, expiresAtTicks);
        return changed;
    }

    public void Shared(long atTicks) => Volatile.Write(ref _sharedAtTicks, atTicks);
}
