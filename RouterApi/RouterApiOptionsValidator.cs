using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi;

/// <summary>Refuses to start with no client key, a key too short to be secret, or non-positive limits.</summary>
internal sealed class RouterApiOptionsValidator : IValidateOptions<RouterApiOptions>
{
    public const int MinKeyLength = 16;

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

        if (options.MaxRequestBodyBytes <= 0 || options.MaxResponseBodyBytes <= 0)
        {
            failures.Add("Router:MaxRequestBodyBytes and Router:MaxResponseBodyBytes must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.BodyTimeout <= TimeSpan.Zero)
        {
            failures.Add("Router:AttemptTimeout and Router:BodyTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
