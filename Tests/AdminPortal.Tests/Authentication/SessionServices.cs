using System.Security.Claims;
using AspireRouter.AdminPortal.Authentication;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>The session services of one portal replica over a private Garnet, on a fake clock.</summary>
internal sealed class SessionServices : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private SessionServices(TestRedis redis, ConnectionMultiplexer connection, AdminOptions options)
    {
        Redis = redis;
        Connection = connection;
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Generations = new SessionGenerationStore(connection, wrapped, Time, NullLogger<SessionGenerationStore>.Instance);
        Verifier = new AdminPasswordVerifier(wrapped);
        Validator = new OperatorSessionValidator(Generations, Verifier, wrapped, Time);
    }

    public TestRedis Redis { get; }

    public ConnectionMultiplexer Connection { get; }

    public AdminOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    public SessionGenerationStore Generations { get; }

    public AdminPasswordVerifier Verifier { get; }

    public OperatorSessionValidator Validator { get; }

    public static async Task<SessionServices> StartAsync(string password = Password)
    {
        var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        // A short timeout, so that calls during an outage fail quickly instead of waiting in the backlog.
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",asyncTimeout=500,connectTimeout=500");
        return new SessionServices(redis, connection, new AdminOptions { Password = password, RevalidationInterval = TimeSpan.FromSeconds(10) });
    }

    /// <summary>The operator as <see cref="AdminSignIn"/> signs them in now.</summary>
    public async Task<ClaimsPrincipal> SignInAsync()
    {
        var generation = await Generations.ForSignInAsync(AdminSignIn.AdminName);
        Assert.NotNull(generation);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, AdminSignIn.AdminName),
                new Claim(SessionClaims.Generation, generation),
                new Claim(SessionClaims.SignedInAt, Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(SessionClaims.PasswordFingerprint, Verifier.Fingerprint),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public SessionRevalidatingStateProvider CreateRevalidatingProvider() =>
        new(Validator, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<SessionRevalidatingStateProvider>.Instance);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
