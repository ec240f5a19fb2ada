using System.Collections.Frozen;

namespace AspireRouter.RouterCore.State;

/// <summary>The client keys operators created (stored in <c>ar:keys</c>): key name by key hash, swapped as a whole.</summary>
public sealed class ClientKeyDirectory
{
    private FrozenDictionary<string, string> _namesByHash = FrozenDictionary<string, string>.Empty;

    public FrozenDictionary<string, string> NamesByHash => Volatile.Read(ref _namesByHash);

    public void Replace(FrozenDictionary<string, string> namesByHash) => Volatile.Write(ref _namesByHash, namesByHash);
}
