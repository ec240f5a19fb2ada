namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The <c>Admin</c> section: the operator's password (the AppHost passes its <c>admin-password</c> parameter) and how long a session lasts.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";
    public const int MinPasswordLength = 8;

    /// <summary>The longest <see cref="RevalidationInterval"/>: a signed-out session must close in every open tab within it.</summary>
    public static readonly TimeSpan MaxRevalidationInterval = TimeSpan.FromSeconds(30);

    public string Password { get; set; } = "";

    /// <summary>A session ends this long after sign-in, however active it is.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A session ends after this long without a request (sliding; at most <see cref="SessionLifetime"/>).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often an open page checks that its session is still valid (signed out elsewhere, expired, password changed).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// While Redis is unreachable, sessions stay open this long after the session generation was last read; after that
    /// they end, since a sign-out elsewhere could not be seen.
    /// </summary>
    public TimeSpan UnreachableStoreGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Client addresses (proxies) whose <c>X-Forwarded-For</c> is believed; empty (the default) believes no one.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    public override string ToString() =>
        $"Admin (password {(Password.Length == 0 ? "not set" : "set")}, session lifetime {SessionLifetime}, idle timeout {IdleTimeout}, revalidation {RevalidationInterval})";
}
