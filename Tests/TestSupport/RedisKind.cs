namespace AspireRouter.TestSupport;

/// <summary>The Redis-protocol servers the tests run against.</summary>
public enum RedisKind
{
    Garnet,
    Server,
}
