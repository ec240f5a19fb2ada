using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Checks <c>Availability:Gone</c> at start.</summary>
internal sealed class GoneOptionsValidator : IValidateOptions<AvailabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, AvailabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gone = options.Gone;
        var failures = new List<string>();
        if (gone.Window <= TimeSpan.Zero)
        {
            failures.Add("Availability:Gone:Window must be positive.");
        }

        if (gone.MinFailures < 1)
        {
            failures.Add("Availability:Gone:MinFailures must be at least 1.");
        }

        if (gone.ProbeInterval <= TimeSpan.Zero)
        {
            failures.Add("Availability:Gone:ProbeInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
