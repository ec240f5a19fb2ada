namespace AspireRouter.AdminPortal.Traces;

/// <summary>The <c>Portal</c> section: where the portal links to for what it does not show itself.</summary>
internal sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The Aspire dashboard's address (the AppHost passes its own); when unset the feed shows trace ids without links.</summary>
    public Uri? DashboardUrl { get; set; }
}
