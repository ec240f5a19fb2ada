namespace AspireRouter.AppHost.Redis;

/// <summary>Debian's <c>redis-server</c>, run as a process, exposed as the <c>redis</c> connection string.</summary>
internal sealed class RedisServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "redis-server", workingDirectory), IRedisProcessResource
{
    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, IRedisProcessResource.EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        IRedisProcessResource.BuildConnectionString(Endpoint, Password);
}
