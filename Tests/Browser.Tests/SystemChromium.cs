using AspireRouter.TestSupport;
using Microsoft.Playwright;

namespace AspireRouter.Browser.Tests;

/// <summary>The machine's Chromium (never a downloaded one), headless, with waits long enough for a loaded CI machine.</summary>
internal static class SystemChromium
{
    // Playwright's 5 s default fails a page that is merely slow while every test project runs at once on two cores.
    private const float WaitMilliseconds = 30_000;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var chromium = SystemBinary.Require("chromium", "apt-get install chromium");
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = WaitMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
