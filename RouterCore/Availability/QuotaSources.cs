namespace AspireRouter.RouterCore.Availability;

/// <summary>Where a quota window's limit comes from, as the status and the portal name it.</summary>
public static class QuotaSources
{
    /// <summary>Set by the operator (<c>Providers:{name}:Quotas</c>).</summary>
    public const string Configured = "configured";

    /// <summary>The shipped default for the provider, until the upstream tells its own.</summary>
    public const string Default = "default";

    /// <summary>Reported by the upstream (OpenRouter's key endpoint), within the configured ceiling.</summary>
    public const string Learned = "learned";
}
