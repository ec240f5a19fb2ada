using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Traces;

/// <summary>Links a routing decision's trace id to the trace's page in the Aspire dashboard, when the portal knows the dashboard.</summary>
internal sealed class TraceLinks(IOptions<PortalOptions> options)
{
    private readonly string? _dashboard = options.Value.DashboardUrl?.AbsoluteUri.TrimEnd('/');

    /// <summary>The dashboard's trace detail page (<c>/traces/detail/{traceId}</c>); null without a dashboard or a trace id.</summary>
    public Uri? For(string? traceId) =>
        _dashboard is null || string.IsNullOrEmpty(traceId) ? null : new Uri($"{_dashboard}/traces/detail/{Uri.EscapeDataString(traceId)}");
}
