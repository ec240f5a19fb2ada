using AspireRouter.AdminPortal.Authentication;
using AspireRouter.AdminPortal.Live;
using AspireRouter.AdminPortal.Pool;
using AspireRouter.AdminPortal.Traces;
using AspireRouter.RouterCore.Load;
using AspireRouter.RouterCore.State;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace AspireRouter.AdminPortal.Extensions;

public static class AdminPortalBuilderExtensions
{
    /// <summary>The portal's services: admin sign-in, Blazor interactive server with MudBlazor, the shared-state repositories and views.</summary>
    public static IHostApplicationBuilder AddAdminPortal(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInThrottleOptions>, SignInThrottleOptionsValidator>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        AddSignIn(services, builder.Environment);
        AddTrustedProxies(services);
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
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddSingleton<TraceLinks>();
        return services;
    }

    private static void AddSignIn(IServiceCollection services, IHostEnvironment environment)
    {
        // Outside Development the cookies only travel over HTTPS (browsers treat http://localhost as secure too).
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddHttpContextAccessor();
        services.AddSingleton<AdminPasswordVerifier>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionGenerationStore>();
        services.AddSingleton<OperatorSessionValidator>();
        services.AddScoped<AdminCookieEvents>();
        services.AddScoped<AdminSignIn>();
        services.AddScoped<OperatorIdentity>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddTransient<IClaimsTransformation, ClientAddressClaimsTransformation>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.Cookie.Name = "ar-admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = secure;
                options.SlidingExpiration = true;
                options.EventsType = typeof(AdminCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AdminOptions>, TimeProvider>((cookie, admin, time) =>
            {
                cookie.ExpireTimeSpan = admin.Value.IdleTimeout;
                cookie.TimeProvider = time;
            });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = secure);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
    }

    /// <summary>X-Forwarded-For and -Proto are believed only from the proxies in <c>Admin:TrustedProxies</c> (none by default).</summary>
    private static void AddTrustedProxies(IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<AdminOptions>>((forwarded, admin) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in admin.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });
}
