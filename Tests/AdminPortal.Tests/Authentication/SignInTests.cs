using System.Net;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Tests.Authentication;

public sealed class SignInTests
{
    public static TheoryData<string> Pages => ["/", "/models", "/providers", "/keys", "/settings", "/audit", "/no-such-page"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_WithoutSignIn_RedirectsToTheSignInPage(string path)
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBlazorCircuitAndLogout_WithoutSignIn_DoNotAnswer()
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();
        var cancellation = Xunit.TestContext.Current.CancellationToken;

        using var negotiate = await client.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null, cancellation);
        using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative), null, cancellation);

        Assert.Contains(negotiate.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Unauthorized });
        Assert.DoesNotContain("connectionId", await negotiate.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith("/login", logout.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/login")]
    public async Task HealthAndTheSignInPage_AnswerAnonymously(string path)
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_AndThePortalStaysClosed()
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();

        using var response = await PortalFactory.SignInAsync(client, "wrong-password");
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Wrong password.", await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task RightPassword_OpensEveryPage_AndSignOutClosesThemAgain()
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();
        var cancellation = Xunit.TestContext.Current.CancellationToken;

        using var signIn = await PortalFactory.SignInAsync(client, PortalFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var path in Pages.Select(row => row.Data).Where(path => path != "/no-such-page"))
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative), cancellation);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} answered {page.StatusCode}");
        }

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellation);
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var logoutForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative), logoutForm, cancellation);
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative), cancellation);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Start_WithoutAPassword_FailsNamingTheSetting()
    {
        await using var portal = await PortalFactory.StartAsync(password: "short");

        var failure = Assert.Throws<OptionsValidationException>(() => portal.CreateClient());

        Assert.Contains("Admin:Password", failure.Message, StringComparison.Ordinal);
    }
}
