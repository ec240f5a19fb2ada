using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Loads the shipped provider defaults (<c>providers.defaults.json</c>: the main free tiers with their documented base URLs
/// and limits) beneath every other configuration source, so a key is all it takes to use one and any setting overrides them.
/// </summary>
public static class ProviderDefaults
{
    public const string FileName = "providers.defaults.json";

    /// <summary>Set to <c>false</c> to leave the defaults out (tests that configure every provider themselves).</summary>
    public const string SwitchKey = "ProviderDefaults";

    public static IConfigurationManager AddProviderDefaults(this IConfigurationManager configuration, string directory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue(SwitchKey, defaultValue: true) || !File.Exists(Path.Combine(directory, FileName)))
        {
            return configuration;
        }

        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = FileName,
            FileProvider = new PhysicalFileProvider(directory),
            Optional = false,
            ReloadOnChange = false,
        });
        return configuration;
    }
}
