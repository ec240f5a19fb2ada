namespace AspireRouter.RouterCore.Providers;

/// <summary>Every configured provider, read from the <c>Providers</c> section (a list, or a dictionary keyed by name).</summary>
public sealed class ProvidersOptions
{
    public const string SectionName = "Providers";

    /// <summary>Every configured provider, including those skipped (see <see cref="ProviderOptions.SkipReason"/>).</summary>
    public IReadOnlyList<ProviderOptions> All { get; set; } = [];

    public ProviderOptions? Find(string name)
    {
        foreach (var provider in All)
        {
            if (string.Equals(provider.Name, name, StringComparison.Ordinal))
            {
                return provider;
            }
        }

        return null;
    }
}
