using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// Tells the user, in the AppHost's own log, where the router and the portal are, where their secrets are kept (never the
/// secrets themselves), and whether the providers are the sandbox.
/// </summary>
internal static class StartupNotes
{
    public const string ClientKeyParameter = "router-client-key";
    public const string AdminPasswordParameter = "admin-password";

    public static IResourceBuilder<ProjectResource> WithAdminPasswordNote(this IResourceBuilder<ProjectResource> adminPortal)
    {
        adminPortal.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(adminPortal.Resource, (ready, _) =>
        {
            ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AspireRouter").LogInformation(
                "AdminPortal is ready at {Url}: sign in with the password in parameter '{Parameter}' (generated on the first run unless set; dashboard: Parameters; or `dotnet user-secrets list --project AppHost`).",
                adminPortal.GetEndpoint("http").Url,
                AdminPasswordParameter);
            return Task.CompletedTask;
        });
        return adminPortal;
    }

    public static IResourceBuilder<ProjectResource> WithStartupNotes(
        this IResourceBuilder<ProjectResource> routerApi, IReadOnlyList<string> keyedProviders)
    {
        routerApi.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(routerApi.Resource, (ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AspireRouter");
            var endpoint = routerApi.GetEndpoint("http");
            logger.LogInformation(
                "RouterApi is ready: OpenAI clients use {BaseUrl}/v1 with the client key in parameter '{Parameter}' (dashboard: Parameters; or `dotnet user-secrets list --project AppHost`).",
                endpoint.Url,
                ClientKeyParameter);
            if (keyedProviders.Count == 0)
            {
                logger.LogWarning(
                    "SANDBOX: no provider key is set, so the free pool ({Providers}) is simulated by the '{Resource}' resource; answers do not come from real models. Set a provider's key, e.g. parameter '{Parameter}' (or OPENROUTER_API_KEY), for the real thing.",
                    string.Join(", ", ProviderSandbox.Providers.Select(p => p.Provider)),
                    ProviderSandbox.Resource,
                    ProviderKeys.Parameter(ProviderKeys.OpenRouter));
            }
            else
            {
                logger.LogInformation(
                    "Providers with a key: {Providers}. Every other provider stays out of the pool until it has one (parameter '{{name}}-api-key').",
                    string.Join(", ", keyedProviders));
            }

            return Task.CompletedTask;
        });
        return routerApi;
    }
}
