namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Whether this service's providers are simulated (section <c>Router</c>): the AppHost's keyless sandbox passes
/// <c>Router:Sandbox=true</c> to every service, so HealthProbe can say so when it publishes the pool and the portal when it shows its own.
/// </summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Router";

    public bool Sandbox { get; init; }
}
