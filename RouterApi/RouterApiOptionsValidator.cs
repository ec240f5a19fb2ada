using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi;

/// <summary>
/// Refuses to start with no client key, a key too short to be secret, limits of a key that is not configured or out of range,
/// non-positive limits, a stream event limit or a request-log flush interval out of range.
/// </summary>
internal sealed class RouterApiOptionsValidator : IValidateOptions<RouterApiOptions>
{
    public const int MinKeyLength = 16;

    // An event must hold at least a usual chunk; past 256 MiB the cap no longer bounds anything a router should hold.
    private const int MinStreamEventBytes = 4 * 1024;
    private const int MaxStreamEventBytes = 256 * 1024 * 1024;

    // The portal shows recent requests: a log that lags by more than this would read as one that stopped.
    private static readonly TimeSpan MaxRequestLogFlushInterval = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, RouterApiOptions options)
    {
        var failures = new List<string>();
        if (options.ClientKeys.Count == 0)
        {
            failures.Add("Router:ClientKeys needs at least one key (Router:ClientKeys:{name} = key).");
        }

        foreach (var (keyName, key) in options.ClientKeys)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length < MinKeyLength)
            {
                failures.Add($"Router:ClientKeys:{keyName} must be at least {MinKeyLength} characters.");
            }
        }

        foreach (var (keyName, limits) in options.ClientKeyLimits)
        {
            if (!options.ClientKeys.ContainsKey(keyName))
            {
                failures.Add($"Router:ClientKeyLimits:{keyName} names no key of Router:ClientKeys (limits of keys created in the portal are set there).");
            }
            else if (limits.Problem() is { } problem)
            {
                failures.Add($"Router:ClientKeyLimits:{keyName}: {problem}");
            }
        }

        if (options.MaxRequestBodyBytes <= 0 || options.MaxResponseBodyBytes <= 0)
        {
            failures.Add("Router:MaxRequestBodyBytes and Router:MaxResponseBodyBytes must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.BodyTimeout <= TimeSpan.Zero)
        {
            failures.Add("Router:AttemptTimeout and Router:BodyTimeout must be positive.");
        }

        if (options.RequestLogFlushInterval < TimeSpan.Zero || options.RequestLogFlushInterval > MaxRequestLogFlushInterval)
        {
            failures.Add($"Router:RequestLogFlushInterval must be between 0 and {MaxRequestLogFlushInterval.TotalSeconds:0} s.");
        }

        if (options.MaxStreamEventBytes is < MinStreamEventBytes or > MaxStreamEventBytes)
        {
            failures.Add($"Router:MaxStreamEventBytes must be between {MinStreamEventBytes} and {MaxStreamEventBytes}.");
        }

        if (options.StreamIdleTimeout <= TimeSpan.Zero)
        {
            failures.Add("Router:StreamIdleTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
