using System.Collections.Frozen;

namespace AspireRouter.RouterCore.State;

/// <summary>The client keys operators created (stored in <c>ar:keys</c>): name and limits by key hash, swapped as a whole.</summary>
public sealed class ClientKeyDirectory
{
    private FrozenDictionary<string, ClientKeyIdentity> _byHash = FrozenDictionary<string, ClientKeyIdentity>.Empty;

    public FrozenDictionary<string, ClientKeyIdentity> ByHash => Volatile.Read(ref _byHash);

    public void Replace(FrozenDictionary<string, ClientKeyIdentity> byHash) => Volatile.Write(ref _byHash, byHash);
}
