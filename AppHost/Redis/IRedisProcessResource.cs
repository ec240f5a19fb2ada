namespace AspireRouter.AppHost.Redis;

/// <summary>A Redis-protocol server the AppHost runs as a local process, reachable on one TCP endpoint with a password.</summary>
internal interface IRedisProcessResource : IResourceWithConnectionString, IResourceWithEndpoints, IResourceWithWaitSupport
{
    const string EndpointName = "tcp";

    ParameterResource Password { get; }

    EndpointReference Endpoint { get; }

    static ReferenceExpression BuildConnectionString(EndpointReference endpoint, ParameterResource password) =>
        ReferenceExpression.Create(
            $"{endpoint.Property(EndpointProperty.Host)}:{endpoint.Property(EndpointProperty.Port)},password={password}");
}
