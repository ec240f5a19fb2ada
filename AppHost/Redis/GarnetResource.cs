namespace AspireRouter.AppHost.Redis;

/// <summary>The embedded Garnet server, run as a process, exposed as the <c>redis</c> connection string.</summary>
internal sealed class GarnetResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "dotnet", workingDirectory), IRedisProcessResource
{
    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, IRedisProcessResource.EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        IRedisProcessResource.BuildConnectionString(Endpoint, Password);
}
