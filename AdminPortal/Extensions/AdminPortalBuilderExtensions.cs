using AspireRouter.AdminPortal.Authentication;
using AspireRouter.AdminPortal.Live;
using AspireRouter.AdminPortal.Pool;
using AspireRouter.RouterCore.Load;
using AspireRouter.RouterCore.State;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using MudBlazor.Services;

namespace AspireRouter.AdminPortal.Extensions;

public static class AdminPortalBuilderExtensions
{
    /// <summary>The portal's services: admin sign-in, Blazor interactive server with MudBlazor, the shared-state repositories and views.</summary>
    public static IHostApplicationBuilder AddAdminPortal(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName)
            .Validate(
                options => options.Password.Length >= AdminOptions.MinPasswordLength,
                $"Admin:Password must be set to at least {AdminOptions.MinPasswordLength} characters (the AppHost passes its admin-password parameter).")
            .ValidateOnStart();
        AddSignIn(services);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddPortalViews();
        return builder;
    }

    /// <summary>The shared-state repositories and the views the pages read (needs Redis and AddRouterCore).</summary>
    public static IServiceCollection AddPortalViews(this IServiceCollection services)
    {
        services.AddRouterState();
        services.AddClusterLoadReader();
        services.AddSingleton<PoolViewReader>();
        services.AddSingleton<ProviderViewReader>();
        services.AddSingleton<SandboxStatusReader>();
        services.AddSingleton<LiveTraffic>();
        return services;
    }

    private static void AddSignIn(IServiceCollection services)
    {
        services.AddSingleton<AdminPasswordVerifier>();
        services.AddScoped<AdminSignIn>();
        services.AddScoped<OperatorIdentity>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.Cookie.Name = "ar-admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
    }
}
