namespace AspireRouter.RouterCore.Upstream;

/// <summary>The connection settings of the one pool to upstream providers (section <c>Upstream</c>).</summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Upstream";

    /// <summary>How long opening a connection (TCP and TLS) to an upstream may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a pooled connection is reused before a new one is opened, so DNS changes are seen.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(5);
}
