using Microsoft.Extensions.Configuration;

namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// Points RouterApi's OpenRouter provider at the real OpenRouter when a key is configured, and otherwise at a simulated
/// sandbox (UpstreamSimulator), through configuration only: the provider code path is the same either way.
/// </summary>
internal static class OpenRouterUpstream
{
    public const string KeyParameter = "openrouter-api-key";
    public const string KeyEnvironmentVariable = "OPENROUTER_API_KEY";
    public const string SandboxResource = "openrouter-sandbox";

    /// <summary>Whether a key is set (parameter <c>openrouter-api-key</c> in user secrets or configuration, or <c>OPENROUTER_API_KEY</c>).</summary>
    public static bool HasKey(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"Parameters:{KeyParameter}"])
        || !string.IsNullOrWhiteSpace(configuration[KeyEnvironmentVariable]);

    public static IResourceBuilder<ProjectResource> WithOpenRouter(this IResourceBuilder<ProjectResource> routerApi)
    {
        var builder = routerApi.ApplicationBuilder;
        if (HasKey(builder.Configuration))
        {
            var key = string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{KeyParameter}"])
                ? builder.AddParameterFromConfiguration(KeyParameter, KeyEnvironmentVariable, secret: true)
                : builder.AddParameter(KeyParameter, secret: true);
            return routerApi.WithEnvironment("Providers__openrouter__ApiKey", key);
        }

        var sandbox = builder.AddProject<Projects.UpstreamSimulator>(SandboxResource)
            .WithEnvironment("Simulator__Mode", "realistic")
            .WithEnvironment("Simulator__OpenRouter__Quota__Enabled", "false")
            .WithHttpHealthCheck("/health");
        var endpoint = sandbox.GetEndpoint("http");
        return routerApi
            .WithEnvironment("Providers__openrouter__BaseUrl", ReferenceExpression.Create($"{endpoint}/openrouter/api/v1"))
            .WithEnvironment("Providers__openrouter__ApiKey", "sandbox-key-not-secret")
            .WithEnvironment("Router__Sandbox", "true")
            .WaitFor(sandbox);
    }
}
