using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>How long a signed-in session lasts, what ends it, and how its cookie travels.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task SigningOutInOneBrowser_EndsTheSessionOfAnother()
    {
        await using var portal = await PortalFactory.StartAsync();
        using var laptop = portal.CreateClient("198.51.100.1");
        using var phone = portal.CreateClient("198.51.100.2");
        await PortalFactory.SignInOrFailAsync(laptop);
        await PortalFactory.SignInOrFailAsync(phone);
        Assert.True(await PortalFactory.IsSignedInAsync(phone));

        using var signOut = await PortalFactory.SignOutAsync(laptop);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(await PortalFactory.IsSignedInAsync(laptop));
        Assert.False(await PortalFactory.IsSignedInAsync(phone));
        await PortalFactory.SignInOrFailAsync(phone);
        Assert.True(await PortalFactory.IsSignedInAsync(phone));
    }

    [Fact]
    public async Task AnActiveSession_EndsAtItsAbsoluteLifetime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var portal = await PortalFactory.StartAsync(
            settings: new Dictionary<string, string?> { ["Admin:SessionLifetime"] = "12:00:00", ["Admin:IdleTimeout"] = "08:00:00" },
            time: time);
        using var client = portal.CreateClient();
        await PortalFactory.SignInOrFailAsync(client);

        // Used every five hours, the session never idles out (8 h), but it lasts 12 h at most.
        time.Advance(TimeSpan.FromHours(5));
        Assert.True(await PortalFactory.IsSignedInAsync(client));
        time.Advance(TimeSpan.FromHours(5));
        Assert.True(await PortalFactory.IsSignedInAsync(client));
        time.Advance(TimeSpan.FromHours(2));

        Assert.False(await PortalFactory.IsSignedInAsync(client));
    }

    [Fact]
    public async Task AnIdleSession_EndsAfterTheIdleTimeout()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var portal = await PortalFactory.StartAsync(time: time);
        using var client = portal.CreateClient();
        await PortalFactory.SignInOrFailAsync(client);

        time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        Assert.False(await PortalFactory.IsSignedInAsync(client));
    }

    [Fact]
    public async Task WhileRedisIsUnreachable_SignInIsRefused_WithoutSayingWhetherThePasswordWasRight()
    {
        // Short Redis timeouts, so that each call during the outage fails in half a second.
        await using var portal = await PortalFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Aspire:StackExchange:Redis:ConfigurationOptions:AsyncTimeout"] = "500",
            ["Aspire:StackExchange:Redis:ConfigurationOptions:SyncTimeout"] = "500",
            ["Aspire:StackExchange:Redis:ConfigurationOptions:ConnectTimeout"] = "500",
        });
        using var client = portal.CreateClient();
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        portal.Redis.Kill();

        using var right = await PortalFactory.SignInAsync(client, PortalFactory.Password);
        using var wrong = await PortalFactory.SignInAsync(client, "wrong-password");

        foreach (var response in new[] { right, wrong })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync(cancellation);
            Assert.Contains("cannot reach its store (Redis)", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Wrong password", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OutsideDevelopment_TheSessionCookieIsSecureHttpOnlyAndSameSite()
    {
        await using var portal = await PortalFactory.StartAsync(environment: "Production");
        using var client = portal.CreateClient(https: true);

        using var signIn = await PortalFactory.SignInAsync(client, PortalFactory.Password);

        var cookie = SessionCookie(signIn);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(await PortalFactory.IsSignedInAsync(client));
    }

    [Fact]
    public async Task InDevelopment_TheSessionCookieWorksOverPlainHttp()
    {
        await using var portal = await PortalFactory.StartAsync(environment: "Development");
        using var client = portal.CreateClient();

        using var signIn = await PortalFactory.SignInAsync(client, PortalFactory.Password);

        var cookie = SessionCookie(signIn);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(await PortalFactory.IsSignedInAsync(client));
    }

    [Theory]
    [InlineData("Admin:RevalidationInterval", "00:00:31")]
    [InlineData("Admin:SessionLifetime", "-01:00:00")]
    [InlineData("Admin:IdleTimeout", "13:00:00")]
    public async Task Start_WithABadSessionSetting_FailsNamingIt(string setting, string value)
    {
        await using var portal = await PortalFactory.StartAsync(settings: new Dictionary<string, string?> { [setting] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => portal.CreateClient());

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }

    private static string SessionCookie(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("ar-admin=", StringComparison.Ordinal));
    }
}
