using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.AppHost.Dashboard;

/// <summary>
/// Tells the portal where the Aspire dashboard is, so that each routing decision in its feed links to the request's trace.
/// The dashboard listens on the AppHost's own <c>ASPNETCORE_URLS</c> (the launch profile's <c>applicationUrl</c>,
/// http://localhost:18888); without one, with a wildcard host, or with the dashboard disabled, the portal shows trace ids
/// without links.
/// </summary>
internal static class DashboardLink
{
    public const string Variable = "Portal__DashboardUrl";

    public static IResourceBuilder<ProjectResource> WithDashboardLink(this IResourceBuilder<ProjectResource> adminPortal)
    {
        if (FirstNavigableUrl(adminPortal.ApplicationBuilder.Configuration["ASPNETCORE_URLS"]) is not { } url)
        {
            return adminPortal;
        }

        return adminPortal.WithEnvironment(context =>
        {
            if (context.ExecutionContext.Services.GetService<DistributedApplicationOptions>() is not { DisableDashboard: true })
            {
                context.EnvironmentVariables[Variable] = url.AbsoluteUri.TrimEnd('/');
            }
        });
    }

    private static Uri? FirstNavigableUrl(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return Uri.TryCreate(first, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host is not ("0.0.0.0" or "[::]" or "*" or "+")
            ? url
            : null;
    }
}
