using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>Failed sign-ins through the real sign-in form close it per client address and, past a global cap, for everyone.</summary>
public sealed class SignInThrottlingTests
{
    private const string Attacker = "203.0.113.10";
    private const string Operator = "198.51.100.20";

    /// <summary>Ten seconds into a minute, so a global lockout has 50 s left.</summary>
    private static readonly DateTimeOffset PortalTestStart = new(2026, 5, 1, 12, 0, 10, TimeSpan.Zero);

    [Fact]
    public async Task AfterThreeFailures_TheAddressIsRefusedEvenWithTheRightPassword_AnotherAddressIsNot()
    {
        await using var portal = await StartAsync(failuresBeforeLockout: 3, globalFailuresPerMinute: 100);
        using var attacker = portal.CreateClient(Attacker);
        using var colleague = portal.CreateClient(Operator);

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await PortalFactory.SignInAsync(attacker, "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await PortalFactory.SignInAsync(attacker, PortalFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        var page = await refused.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Contains("Too many failed sign-ins. Sign-in is closed for 30 s", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong password", page, StringComparison.Ordinal);
        Assert.False(await PortalFactory.IsSignedInAsync(attacker));
        await PortalFactory.SignInOrFailAsync(colleague);
    }

    [Fact]
    public async Task ALockout_EndsAfterItsDelay_AndAFurtherFailureDoublesIt()
    {
        var time = new FakeTimeProvider(PortalTestStart);
        await using var portal = await StartAsync(failuresBeforeLockout: 3, globalFailuresPerMinute: 100, time);
        using var attacker = portal.CreateClient(Attacker);
        for (var i = 0; i < 3; i++)
        {
            (await PortalFactory.SignInAsync(attacker, "wrong-password")).Dispose();
        }

        time.Advance(TimeSpan.FromSeconds(31));
        using var fourth = await PortalFactory.SignInAsync(attacker, "wrong-password");
        using var refused = await PortalFactory.SignInAsync(attacker, "wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task ASuccessfulSignIn_ForgivesTheAddressItsFailures()
    {
        await using var portal = await StartAsync(failuresBeforeLockout: 3, globalFailuresPerMinute: 100);
        using var client = portal.CreateClient(Operator);

        for (var i = 0; i < 2; i++)
        {
            (await PortalFactory.SignInAsync(client, "wrong-password")).Dispose();
        }

        await PortalFactory.SignInOrFailAsync(client);
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await PortalFactory.SignInAsync(client, "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await PortalFactory.SignInAsync(client, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task TooManyFailuresPerMinuteFromAllAddresses_CloseSignInForEveryone_UntilTheMinuteEnds()
    {
        var time = new FakeTimeProvider(PortalTestStart);
        await using var portal = await StartAsync(failuresBeforeLockout: 100, globalFailuresPerMinute: 4, time);
        for (var i = 1; i <= 4; i++)
        {
            using var spread = portal.CreateClient($"203.0.113.{i}");
            using var wrong = await PortalFactory.SignInAsync(spread, "wrong-password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var colleague = portal.CreateClient(Operator);
        using var refused = await PortalFactory.SignInAsync(colleague, PortalFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(50), refused.Headers.RetryAfter?.Delta);
        time.Advance(TimeSpan.FromSeconds(50));
        await PortalFactory.SignInOrFailAsync(colleague);
    }

    [Fact]
    public async Task XForwardedFor_IsIgnoredByDefault_AndBelievedFromATrustedProxy()
    {
        const string Proxy = "10.0.0.5";
        await using var direct = await StartAsync(failuresBeforeLockout: 1, globalFailuresPerMinute: 100);
        await using var proxied = await StartAsync(failuresBeforeLockout: 1, globalFailuresPerMinute: 100, trustedProxy: Proxy);

        foreach (var (portal, trusted) in new[] { (direct, false), (proxied, true) })
        {
            using var attacker = portal.CreateClient(Proxy);
            attacker.DefaultRequestHeaders.Add("X-Forwarded-For", Attacker);
            using var colleague = portal.CreateClient(Proxy);
            colleague.DefaultRequestHeaders.Add("X-Forwarded-For", Operator);

            (await PortalFactory.SignInAsync(attacker, "wrong-password")).Dispose();
            using var attempt = await PortalFactory.SignInAsync(colleague, PortalFactory.Password);

            // Without a trusted proxy both share the proxy's address, so the attacker's failure locks the colleague out too.
            Assert.Equal(trusted ? HttpStatusCode.Redirect : HttpStatusCode.TooManyRequests, attempt.StatusCode);
        }
    }

    private static Task<PortalFactory> StartAsync(int failuresBeforeLockout, int globalFailuresPerMinute, FakeTimeProvider? time = null, string? trustedProxy = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Admin:SignInThrottle:FailuresBeforeLockout"] = failuresBeforeLockout.ToString(CultureInfo.InvariantCulture),
            ["Admin:SignInThrottle:GlobalFailuresPerMinute"] = globalFailuresPerMinute.ToString(CultureInfo.InvariantCulture),
        };
        if (trustedProxy is not null)
        {
            settings["Admin:TrustedProxies:0"] = trustedProxy;
        }

        // A fixed clock: the global cap counts per calendar minute, which the real clock could cross mid-test.
        return PortalFactory.StartAsync(settings: settings, time: time ?? new FakeTimeProvider(PortalTestStart));
    }
}
