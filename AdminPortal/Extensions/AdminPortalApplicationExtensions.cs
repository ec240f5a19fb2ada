using AspireRouter.AdminPortal.Authentication;
using AspireRouter.AdminPortal.Components;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Extensions;

public static class AdminPortalApplicationExtensions
{
    public static WebApplication UseAdminPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The pages (all behind sign-in, except <c>/login</c>), static assets, and <c>POST /logout</c>.</summary>
    public static WebApplication MapAdminPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Stylesheets and scripts carry no data; the sign-in page needs them before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost("/logout", async (HttpContext context, AdminSignIn signIn) =>
        {
            await signIn.SignOutEverywhereAsync(context);
            return TypedResults.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
