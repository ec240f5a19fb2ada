using Microsoft.Extensions.Configuration;

namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// Points the services' OpenRouter provider at the real OpenRouter when a key is configured; with no provider key at all, at a
/// simulated sandbox (UpstreamSimulator), through configuration only: the provider code path is the same either way. With keys
/// for other providers only, OpenRouter is left without a key (so out of the pool) rather than simulated beside real models.
/// </summary>
internal sealed class OpenRouterUpstream
{
    public const string KeyParameter = "openrouter-api-key";
    public const string KeyEnvironmentVariable = "OPENROUTER_API_KEY";
    public const string SandboxResource = "openrouter-sandbox";
    public const string RealBaseUrl = "https://openrouter.ai/api/v1";

    private readonly IResourceBuilder<ParameterResource>? _key;
    private readonly IResourceBuilder<ProjectResource>? _sandbox;

    private OpenRouterUpstream(IResourceBuilder<ParameterResource>? key, IResourceBuilder<ProjectResource>? sandbox)
    {
        _key = key;
        _sandbox = sandbox;
    }

    public OpenRouterMode Mode => _key is not null ? OpenRouterMode.Real : _sandbox is not null ? OpenRouterMode.Sandbox : OpenRouterMode.LeftOut;

    /// <summary>
    /// The real OpenRouter when a key is set (parameter <c>openrouter-api-key</c> or <c>OPENROUTER_API_KEY</c>); else the sandbox
    /// resource, unless <paramref name="otherProviderKeys"/> says real providers are configured.
    /// </summary>
    public static OpenRouterUpstream Add(IDistributedApplicationBuilder builder, bool otherProviderKeys)
    {
        var configuration = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(configuration[$"Parameters:{KeyParameter}"]))
        {
            return new OpenRouterUpstream(builder.AddParameter(KeyParameter, secret: true), null);
        }

        if (!string.IsNullOrWhiteSpace(configuration[KeyEnvironmentVariable]))
        {
            return new OpenRouterUpstream(builder.AddParameterFromConfiguration(KeyParameter, KeyEnvironmentVariable, secret: true), null);
        }

        if (otherProviderKeys)
        {
            return new OpenRouterUpstream(null, null);
        }

        var sandbox = builder.AddProject<Projects.UpstreamSimulator>(SandboxResource)
            .WithEnvironment("Simulator__Mode", "realistic")
            .WithEnvironment("Simulator__OpenRouter__Quota__Enabled", "false")
            .WithHttpHealthCheck("/health");
        return new OpenRouterUpstream(null, sandbox);
    }

    /// <summary>Gives a service the provider's key, or the sandbox's address (left out: nothing, so the provider has no key).</summary>
    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> service)
    {
        if (_sandbox is null)
        {
            return _key is null ? service : service
                .WithEnvironment("Providers__openrouter__BaseUrl", RealBaseUrl)
                .WithEnvironment("Providers__openrouter__ApiKey", _key!);
        }

        var endpoint = _sandbox.GetEndpoint("http");
        return service
            .WithEnvironment("Providers__openrouter__BaseUrl", ReferenceExpression.Create($"{endpoint}/openrouter/api/v1"))
            .WithEnvironment("Providers__openrouter__ApiKey", "sandbox-key-not-secret")
            .WithEnvironment("Router__Sandbox", "true")
            .WaitFor(_sandbox);
    }
}
