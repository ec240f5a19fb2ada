using System.Collections.Frozen;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Which OpenAI request parameters a wire format maps, ignores or rejects, and which model capabilities it can carry at all
/// (a model's <c>/v1/models</c> capabilities are its catalog's, limited to these).
/// </summary>
public sealed class ParameterSupport
{
    private static readonly FrozenSet<string> RouterFields =
        new[] { "model", "models", "route", "provider", "router", "messages", "stream" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ParameterHandling> _handling;

    /// <param name="unlisted">What happens to parameters not named here.</param>
    public ParameterSupport(
        IEnumerable<string> mapped,
        IEnumerable<string> ignored,
        IEnumerable<string> rejected,
        ParameterHandling unlisted,
        ModelCapabilities capabilities)
    {
        var handling = new Dictionary<string, ParameterHandling>(StringComparer.Ordinal);
        foreach (var name in mapped)
        {
            handling[name] = ParameterHandling.Mapped;
        }

        foreach (var name in ignored)
        {
            handling[name] = ParameterHandling.Ignored;
        }

        foreach (var name in rejected)
        {
            handling[name] = ParameterHandling.Rejected;
        }

        _handling = handling.ToFrozenDictionary(StringComparer.Ordinal);
        Unlisted = unlisted;
        Capabilities = capabilities;
    }

    /// <summary>OpenAI's own wire format: everything is carried as the client sent it.</summary>
    public static ParameterSupport PassThrough { get; } = new([], [], [], ParameterHandling.Mapped, (ModelCapabilities)~0);

    public ParameterHandling Unlisted { get; }

    /// <summary>The capabilities this wire format can carry; a model's catalog capabilities are limited to these.</summary>
    public ModelCapabilities Capabilities { get; }

    public bool IsPassThrough => Unlisted == ParameterHandling.Mapped && _handling.Count == 0;

    public ParameterHandling Of(string name) =>
        RouterFields.Contains(name) ? ParameterHandling.Mapped
        : _handling.TryGetValue(name, out var handling) ? handling
        : Unlisted;

    /// <summary>The parameters named with <paramref name="handling"/>, sorted, for documentation and tests.</summary>
    public IReadOnlyList<string> Named(ParameterHandling handling) =>
        [.. _handling.Where(entry => entry.Value == handling).Select(entry => entry.Key).Order(StringComparer.Ordinal)];
}
