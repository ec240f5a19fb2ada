using System.Text.RegularExpressions;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
    public static async Task<PortalFactory> StartAsync(string? password = Password, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:redis", redis.ConnectionString);
            web.UseSetting("Admin:Password", password);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
        });
        return new PortalFactory(factory, redis);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

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
}
