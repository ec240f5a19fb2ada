namespace AspireRouter.RouterCore.Upstream;

/// <summary>The connection settings of the one pool to upstream providers (section <c>Upstream</c>).</summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Upstream";

    /// <summary>How long opening a connection (TCP and TLS) to an upstream may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a pooled connection is reused before a new one is opened, so DNS changes are seen.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The HTTP version asked of upstreams: <c>2</c> offers HTTP/2 over TLS (ALPN) and takes HTTP/1.1 where the provider does
    /// not speak it, many streams then sharing one connection; <c>1.1</c> keeps one connection per request in flight.
    /// </summary>
    public string HttpVersion { get; init; } = "2";

    /// <summary>
    /// Whether <c>http://</c> base URLs speak HTTP/2 with prior knowledge (h2c) instead of HTTP/1.1. Only for an upstream known to
    /// accept it (a local model server, a sidecar proxy): one that does not fails every request.
    /// </summary>
    public bool CleartextHttp2 { get; init; }
}
