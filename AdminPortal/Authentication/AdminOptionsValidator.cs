using System.Net;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Checks the <c>Admin</c> section at start: a long enough password, sane session times, parseable proxy addresses.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(AdminOptions options)
    {
        if (options.Password.Length < AdminOptions.MinPasswordLength)
        {
            yield return $"Admin:Password must be set to at least {AdminOptions.MinPasswordLength} characters (the AppHost passes its admin-password parameter).";
        }

        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            yield return "Admin:SessionLifetime must be positive (e.g. 12:00:00).";
        }

        if (options.IdleTimeout <= TimeSpan.Zero || options.IdleTimeout > options.SessionLifetime)
        {
            yield return "Admin:IdleTimeout must be positive and no longer than Admin:SessionLifetime.";
        }

        if (options.RevalidationInterval <= TimeSpan.Zero || options.RevalidationInterval > AdminOptions.MaxRevalidationInterval)
        {
            yield return $"Admin:RevalidationInterval must be positive and at most {AdminOptions.MaxRevalidationInterval.TotalSeconds} s.";
        }

        if (options.UnreachableStoreGrace < TimeSpan.Zero)
        {
            yield return "Admin:UnreachableStoreGrace must not be negative.";
        }

        foreach (var proxy in options.TrustedProxies.Where(proxy => !IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _)))
        {
            yield return $"Admin:TrustedProxies: '{proxy}' is neither an IP address nor a network (e.g. 10.0.0.0/8).";
        }
    }
}
