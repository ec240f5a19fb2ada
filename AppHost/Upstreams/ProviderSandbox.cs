namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// The keyless first run's free pool: UpstreamSimulator speaks each shipped free tier in its own wire format, with its
/// documented models and limits, and every service's provider of that name is pointed at it with a sandbox key. Only the
/// base URL and the key differ from the real provider: the configuration and the code path are the same.
/// </summary>
internal static class ProviderSandbox
{
    public const string Resource = "provider-sandbox";
    public const string Key = "sandbox-key-not-secret";

    /// <summary>The simulated providers, each with its API root under the simulator.</summary>
    public static IReadOnlyList<(string Provider, string Path)> Providers { get; } =
    [
        ("openrouter", "/openrouter/api/v1"),
        ("groq", "/groq/v1"),
        ("gemini", "/gemini/v1beta"),
        ("mistral", "/mistral/v1"),
        ("cohere", "/cohere/v2"),
        ("workers-ai", "/cloudflare/client/v4/accounts/sandbox/ai"),
        ("nvidia", "/nvidia/v1"),
        ("huggingface", "/huggingface/v1"),
    ];

    public static IResourceBuilder<ProjectResource> Add(IDistributedApplicationBuilder builder) =>
        builder.AddProject<Projects.UpstreamSimulator>(Resource)
            .WithEnvironment("Simulator__Mode", "realistic")
            .WithHttpHealthCheck("/health");

    /// <summary>Points every sandbox provider of <paramref name="service"/> at the simulator, and tells it the pool is simulated.</summary>
    public static IResourceBuilder<ProjectResource> ApplyTo(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> sandbox)
    {
        var endpoint = sandbox.GetEndpoint("http");
        foreach (var (provider, path) in Providers)
        {
            service
                .WithEnvironment($"Providers__{provider}__BaseUrl", ReferenceExpression.Create($"{endpoint}{path}"))
                .WithEnvironment($"Providers__{provider}__ApiKey", Key);
        }

        return service.WithEnvironment("Router__Sandbox", "true").WaitFor(sandbox);
    }
}
