using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>Refuses to start with a window that is not positive or longer than a day, or a non-positive conversation limit.</summary>
internal sealed class AffinityOptionsValidator : IValidateOptions<AffinityOptions>
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, AffinityOptions options)
    {
        var failures = new List<string>();
        if (options.Window <= TimeSpan.Zero || options.Window > MaxWindow)
        {
            failures.Add($"{AffinityOptions.SectionName}:Window must be positive and at most {MaxWindow.TotalHours} hours.");
        }

        if (options.MaxConversations <= 0)
        {
            failures.Add($"{AffinityOptions.SectionName}:MaxConversations must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
