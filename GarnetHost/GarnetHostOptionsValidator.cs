using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AspireRouter.GarnetHost;

/// <summary>Refuses to start on a port that is not one, a relative data directory, or a size Garnet cannot read.</summary>
internal sealed partial class GarnetHostOptionsValidator : IValidateOptions<GarnetHostOptions>
{
    public ValidateOptionsResult Validate(string? name, GarnetHostOptions options)
    {
        var failures = new List<string>();
        if (options.Port is <= 0 or > 65535)
        {
            failures.Add("Garnet:Port must be a TCP port.");
        }

        if (options.Persists && !Path.IsPathFullyQualified(options.DataDirectory!))
        {
            failures.Add($"Garnet:DataDirectory must be an absolute path, not '{options.DataDirectory}'.");
        }

        if (!SizePattern().IsMatch(options.AofSizeLimit))
        {
            failures.Add($"Garnet:AofSizeLimit must be a size such as 64m, not '{options.AofSizeLimit}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[1-9][0-9]*[kmg]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
