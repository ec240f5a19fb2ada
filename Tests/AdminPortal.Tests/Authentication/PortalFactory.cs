using System.Net;
using System.Text.RegularExpressions;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>The whole portal in memory (TestServer) over a private Garnet, with a known admin password.</summary>
internal sealed partial class PortalFactory : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly TestRedis _redis;

    private PortalFactory(WebApplicationFactory<Program> factory, TestRedis redis)
    {
        _factory = factory;
        _redis = redis;
    }

    /// <param name="settings">More configuration of the portal, e.g. <c>Router:Sandbox</c>.</param>
    /// <param name="time">The portal's clock; the real one when null.</param>
    /// <param name="environment">The host environment (cookies are Secure outside Development).</param>
    public static async Task<PortalFactory> StartAsync(
        string? password = Password,
        IReadOnlyDictionary<string, string?>? settings = null,
        FakeTimeProvider? time = null,
        string environment = "Development")
    {
        var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.ConfigureTestServices(services =>
            {
                services.AddTransient<IStartupFilter, TestClientAddressStartupFilter>();
                if (time is not null)
                {
                    services.AddSingleton<TimeProvider>(time);
                }
            });
            web.UseSetting("ConnectionStrings:redis", redis.ConnectionString);
            web.UseSetting("Admin:Password", password);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
        });
        return new PortalFactory(factory, redis);
    }

    /// <summary>The portal's Redis (to stop it, for outages).</summary>
    public TestRedis Redis => _redis;

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    /// <param name="peerAddress">The client address the portal sees (its TCP peer); none when null.</param>
    /// <param name="https">Whether to talk https (Secure cookies travel only over https).</param>
    public HttpClient CreateClient(string? peerAddress = null, bool https = false)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
        if (peerAddress is not null)
        {
            client.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, peerAddress);
        }

        return client;
    }

    /// <summary>Signs in with the right password and fails the test unless that opened a session.</summary>
    public static async Task SignInOrFailAsync(HttpClient client)
    {
        using var response = await SignInAsync(client, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {response.StatusCode}.");
    }

    /// <summary>Signs out through the page's form (with its anti-forgery token), as the Sign out button does.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = RequestToken().Match(home).Groups[1].Value });
        return await client.PostAsync(new Uri("/logout", UriKind.Relative), form);
    }

    /// <summary>Whether <paramref name="client"/>'s session still opens the dashboard (false: it is sent to the sign-in page).</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal) => false,
            var status => throw new Xunit.Sdk.XunitException($"The dashboard answered {status}."),
        };
    }

    /// <summary>Submits the sign-in form as a browser would (with its anti-forgery token) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password)
    {
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var fields = HiddenInput().Matches(form).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["value"].Value);
        fields["Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/login", UriKind.Relative), content);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex RequestToken();
}
