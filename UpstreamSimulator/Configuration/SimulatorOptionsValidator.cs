using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>Rejects a configuration the simulator cannot serve, at start rather than at the first request.</summary>
internal sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    private static readonly HashSet<string> ReservedProviderNames = new(StringComparer.OrdinalIgnoreCase) { "openrouter", "_control", "health", "alive" };

    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var failures = new List<string>();
        if (!SimulatorModes.IsKnown(options.Mode))
        {
            failures.Add($"Simulator:Mode must be '{SimulatorModes.Realistic}' or '{SimulatorModes.ZeroLatency}', not '{options.Mode}'.");
        }

        if (options.RequestLogCapacity < 1)
        {
            failures.Add("Simulator:RequestLogCapacity must be at least 1.");
        }

        if (options.ReplyTokens < 0)
        {
            failures.Add("Simulator:ReplyTokens must not be negative.");
        }

        ValidateQuota(options.OpenRouter.Quota, failures);
        if (options.OpenRouter.History.DayLength is { } dayLength && dayLength <= TimeSpan.Zero)
        {
            failures.Add("Simulator:OpenRouter:History:DayLength must be positive.");
        }

        foreach (var (providerName, provider) in options.Providers)
        {
            if (ReservedProviderNames.Contains(providerName))
            {
                failures.Add($"Simulator:Providers:{providerName} uses a reserved path prefix.");
            }

            failures.AddRange(provider.Models.Where(m => string.IsNullOrWhiteSpace(m.Id)).Select(_ => $"Simulator:Providers:{providerName} has a model without an Id."));
        }

        foreach (var kind in NativeKinds.All)
        {
            failures.AddRange(NativeKinds.Of(options, kind).Models.Where(m => string.IsNullOrWhiteSpace(m.Id)).Select(_ => $"Simulator:{kind} has a model without an Id."));
        }

        failures.AddRange(options.Faults.Select(FaultRuleValidator.Problem).OfType<string>());
        failures.AddRange(options.Latency.Where(l => l.TimeToFirstTokenMs < 0 || l.TokensPerSecond < 0).Select(l => $"Latency for '{l.Model}' must not be negative."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateQuota(OpenRouterQuotaOptions quota, List<string> failures)
    {
        if (quota.RequestsPerMinute < 1 || quota.RequestsPerDay < 1 || quota.RequestsPerDayWithCredits < 1)
        {
            failures.Add("Simulator:OpenRouter:Quota limits must be at least 1.");
        }
    }
}
