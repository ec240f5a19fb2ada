using AngleSharp.Html.Parser;

namespace AspireRouter.AdminPortal.Tests.Layout;

/// <summary>Finds the sandbox banner in a page's HTML, as a user would read it.</summary>
internal static class SandboxBannerAssert
{
    private const string Selector = "[data-sandbox-banner]";

    public static bool IsShown(string html) => new HtmlParser().ParseDocument(html).QuerySelector(Selector) is not null;

    public static void Shown(string html, string where)
    {
        var banner = new HtmlParser().ParseDocument(html).QuerySelector(Selector);
        Assert.True(banner is not null, $"no sandbox banner on {where}");
        Assert.Contains("mud-alert-filled-warning", banner.ClassName, StringComparison.Ordinal);
        var text = string.Join(' ', banner.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Sandbox: no provider key is set, so every provider is simulated by UpstreamSimulator; answers do not come from real models.", text, StringComparison.Ordinal);
        Assert.Contains("Set a provider key (e.g. dotnet user-secrets set Parameters:openrouter-api-key sk-or-v1-... --project AppHost) to use real models.", text, StringComparison.Ordinal);
    }

    public static void NotShown(string html, string where) =>
        Assert.False(IsShown(html), $"a sandbox banner on {where}");
}
