namespace AspireRouter.RouterCore.State;

/// <summary>A newly created client key; <see cref="Key"/> is shown once and exists nowhere else.</summary>
public sealed record CreatedClientKey(string Name, string Key)
{
    public override string ToString() => $"{Name} (key hidden)";
}
