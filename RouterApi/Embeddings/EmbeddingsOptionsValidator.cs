using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>Refuses to start with a non-positive input limit, timeout or body limit.</summary>
internal sealed class EmbeddingsOptionsValidator : IValidateOptions<EmbeddingsOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxInputs <= 0)
        {
            failures.Add("Embeddings:MaxInputs must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("Embeddings:AttemptTimeout must be positive.");
        }

        if (options.MaxResponseBodyBytes is <= 0 or > int.MaxValue)
        {
            failures.Add($"Embeddings:MaxResponseBodyBytes must be between 1 and {int.MaxValue}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
