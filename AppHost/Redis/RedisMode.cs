namespace AspireRouter.AppHost.Redis;

/// <summary>How the AppHost provides the <c>redis</c> resource (configuration key <c>Redis:Mode</c>).</summary>
internal enum RedisMode
{
    /// <summary>Embedded Microsoft.Garnet (GarnetHost); needs nothing but .NET.</summary>
    Garnet,

    /// <summary>Debian's <c>redis-server</c> as an executable resource.</summary>
    Server,

    /// <summary>Aspire.Hosting.Redis's container, for machines with a container engine.</summary>
    Container,
}
