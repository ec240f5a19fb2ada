using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Selection;

/// <summary>Holds the current <see cref="RoutingPolicy"/>; starts from configuration, replaced as a whole (e.g. from <c>ar:policy</c>).</summary>
public sealed class PolicyStore(IOptions<RoutingPolicy> initial)
{
    private RoutingPolicy _current = initial.Value;

    public RoutingPolicy Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="policy"/> current and returns the one it replaced.</summary>
    public RoutingPolicy Replace(RoutingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Interlocked.Exchange(ref _current, policy);
    }
}
