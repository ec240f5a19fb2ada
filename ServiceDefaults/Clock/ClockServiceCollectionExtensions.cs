using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AspireRouter.ServiceDefaults.Clock;

public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// Registers the service's <see cref="TimeProvider"/> from <c>Clock</c> (validated at start): the system clock, or a
    /// <see cref="ScaledTimeProvider"/> when a speed or start is set. A clock registered before (a test's) is kept.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services)
    {
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClockOptions>, ClockOptionsValidator>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ClockOptions>>().Value;
            if (!options.IsScaled)
            {
                return TimeProvider.System;
            }

            var epoch = options.Epoch ?? TimeProvider.System.GetUtcNow();
            return (TimeProvider)new ScaledTimeProvider(TimeProvider.System, options.Speed, epoch, options.StartsAt ?? epoch);
        });
        return services;
    }
}
