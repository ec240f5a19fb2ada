using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Refuses to start with a retention that is not positive or longer than 30 days (OpenAI keeps responses 30 days).</summary>
internal sealed class ResponsesOptionsValidator : IValidateOptions<ResponsesOptions>
{
    private static readonly TimeSpan MaxRetention = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, ResponsesOptions options) =>
        options.Retention <= TimeSpan.Zero || options.Retention > MaxRetention
            ? ValidateOptionsResult.Fail($"Responses:Retention must be positive and at most {MaxRetention.TotalDays} days.")
            : ValidateOptionsResult.Success;
}
