namespace AspireRouter.RouterCore.Providers;

/// <summary>Every configured provider, read from the <c>Providers</c> section (a list, or a dictionary keyed by name).</summary>
public sealed class ProvidersOptions
{
    public const string SectionName = "Providers";

    /// <summary>Every configured provider, including those skipped (see <see cref="ProviderOptions.SkipReason"/>).</summary>
    public IReadOnlyList<ProviderOptions> All { get; set; } = [];

    // Called for each request: an indexed loop, as a foreach over the list's interface would allocate its enumerator each time.
    public ProviderOptions? Find(string name)
    {
        var all = All;
        for (var i = 0; i < all.Count; i++)
        {
            if (string.Equals(all[i].Name, name, StringComparison.Ordinal))
            {
                return all[i];
            }
        }

        return null;
    }
}
