using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AspireRouter.AppHost.Redis;

internal static class RedisResourceBuilderExtensions
{
    public const string ResourceName = "redis";

    /// <summary>
    /// Adds the shared <c>redis</c> resource in the mode configuration asks for: an existing server when
    /// <c>ConnectionStrings:redis</c> is set, else <c>Redis:Mode</c> = garnet (default), server or container.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRouterRedis(this IDistributedApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceName)))
        {
            return builder.AddConnectionString(ResourceName);
        }

        var mode = builder.Configuration.GetValue("Redis:Mode", RedisMode.Garnet);
        return mode switch
        {
            RedisMode.Garnet => builder.AddGarnet(),
            RedisMode.Server => builder.AddRedisServer(),
            RedisMode.Container => builder.AddRedisContainer(),
            _ => throw new InvalidOperationException($"Redis:Mode '{mode}' is not one of garnet, server, container."),
        };
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddGarnet(this IDistributedApplicationBuilder builder)
    {
        var password = builder.AddRedisPassword();
        var resource = new GarnetResource(ResourceName, builder.AppHostDirectory, password.Resource);
        var dataDirectory = RedisDataDirectory.For(builder, "garnet");
        return builder.AddResource(resource)
            .WithArgs(GarnetHostAssemblyPath())
            .WithEndpoint(name: IRedisProcessResource.EndpointName, scheme: "tcp", env: "Garnet__Port")
            .WithEnvironment("Garnet__Password", password)
            .WithEnvironment("Garnet__DataDirectory", dataDirectory)
            .WithDataDirectoryNote(dataDirectory)
            .WithPingHealthCheck();
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddRedisServer(this IDistributedApplicationBuilder builder)
    {
        var password = builder.AddRedisPassword();
        var resource = new RedisServerResource(ResourceName, builder.AppHostDirectory, password.Resource);
        var endpoint = resource.Endpoint;
        var dataDirectory = RedisDataDirectory.For(builder, "redis-server");
        return builder.AddResource(resource)
            .WithEndpoint(name: IRedisProcessResource.EndpointName, scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--port");
                context.Args.Add(endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--requirepass");
                context.Args.Add(password.Resource);
                // Every write goes to the append-only file, fsynced each second; no RDB snapshots beside it.
                context.Args.Add("--dir");
                context.Args.Add(dataDirectory);
                context.Args.Add("--save");
                context.Args.Add(string.Empty);
                context.Args.Add("--appendonly");
                context.Args.Add("yes");
                context.Args.Add("--appendfsync");
                context.Args.Add("everysec");
            })
            .WithDataDirectoryNote(dataDirectory)
            .WithPingHealthCheck();
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddRedisContainer(this IDistributedApplicationBuilder builder)
    {
        if (!ContainerEngine.IsAvailable())
        {
            throw new InvalidOperationException(
                "Redis:Mode=container needs a running container engine (docker or podman), and none answered. " +
                "Use the default Redis:Mode=garnet, or Redis:Mode=server with redis-server installed.");
        }

        return builder.AddRedis(ResourceName);
    }

    private static IResourceBuilder<ParameterResource> AddRedisPassword(this IDistributedApplicationBuilder builder) =>
        builder.AddParameter("redis-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true);

    /// <summary>Tells the user, once the server is ready, where it keeps its data and how to reset it.</summary>
    private static IResourceBuilder<T> WithDataDirectoryNote<T>(this IResourceBuilder<T> builder, string directory)
        where T : IResource
    {
        builder.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(builder.Resource, (ready, _) =>
        {
            ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AspireRouter").LogInformation(
                "Redis keeps client keys, blocked models, weights, settings and the audit in {DataDirectory} across restarts; stop the AppHost and delete that folder to start afresh ({ConfigurationKey} moves it).",
                directory,
                RedisDataDirectory.ConfigurationKey);
            return Task.CompletedTask;
        });
        return builder;
    }

    private static IResourceBuilder<T> WithPingHealthCheck<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        var key = builder.Resource.Name + "-ping";
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(key, _ => new RedisPingHealthCheck(builder.Resource), HealthStatus.Unhealthy, tags: null));
        return builder.WithHealthCheck(key);
    }

    private static string GarnetHostAssemblyPath() =>
        typeof(RedisResourceBuilderExtensions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GarnetHostAssembly").Value!;
}
