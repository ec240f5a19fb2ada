using Microsoft.Extensions.Options;

namespace AspireRouter.ServiceDefaults.Clock;

/// <summary>Refuses a speed that is not a number from 1 to <see cref="ClockOptions.MaxSpeed"/>, and a start without an epoch.</summary>
internal sealed class ClockOptionsValidator : IValidateOptions<ClockOptions>
{
    public ValidateOptionsResult Validate(string? name, ClockOptions options)
    {
        if (!double.IsFinite(options.Speed) || options.Speed < 1 || options.Speed > ClockOptions.MaxSpeed)
        {
            return ValidateOptionsResult.Fail($"{ClockOptions.SectionName}:Speed must be from 1 to {ClockOptions.MaxSpeed}, not {options.Speed}.");
        }

        return options.StartsAt is not null && options.Epoch is null
            ? ValidateOptionsResult.Fail($"{ClockOptions.SectionName}:StartsAt needs {ClockOptions.SectionName}:Epoch, the real instant it is read at, so that services agree.")
            : ValidateOptionsResult.Success;
    }
}
