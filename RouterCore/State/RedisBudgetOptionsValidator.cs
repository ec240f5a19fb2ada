using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.State;

/// <summary>Checks at start that the request-path budget is positive and short (at most five seconds).</summary>
internal sealed class RedisBudgetOptionsValidator : IValidateOptions<RedisBudgetOptions>
{
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    public ValidateOptionsResult Validate(string? name, RedisBudgetOptions options) =>
        options.RequestPath > TimeSpan.Zero && options.RequestPath <= Longest
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{RedisBudgetOptions.SectionName}:RequestPath must be more than zero and at most {Longest.TotalSeconds} seconds.");
}
