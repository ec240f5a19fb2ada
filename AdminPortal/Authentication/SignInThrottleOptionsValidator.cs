using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Checks <c>Admin:SignInThrottle</c> at start.</summary>
internal sealed class SignInThrottleOptionsValidator : IValidateOptions<SignInThrottleOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInThrottleOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(SignInThrottleOptions options)
    {
        if (options.FailuresBeforeLockout < 1 || options.GlobalFailuresPerMinute < 1)
        {
            yield return $"{SignInThrottleOptions.SectionName}: FailuresBeforeLockout and GlobalFailuresPerMinute must be at least 1.";
        }

        if (options.FailureWindow <= TimeSpan.Zero)
        {
            yield return $"{SignInThrottleOptions.SectionName}:FailureWindow must be positive.";
        }

        if (options.FirstLockout <= TimeSpan.Zero || options.MaxLockout < options.FirstLockout)
        {
            yield return $"{SignInThrottleOptions.SectionName}: FirstLockout must be positive and MaxLockout at least FirstLockout.";
        }
    }
}
