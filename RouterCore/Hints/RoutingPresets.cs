using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Hints;

/// <summary>The hints behind the preset names: <c>free:large</c>, <c>free:fast</c>, <c>free:long</c>; a client's own hints win over them.</summary>
public static class RoutingPresets
{
    /// <summary><c>free:large</c>: at least this many parameters in total, in billions.</summary>
    public const double LargeMinParams = 70;

    /// <summary><c>free:long</c>: a context window of at least this many tokens.</summary>
    public const int LongMinContext = 200_000;

    private static readonly FrozenDictionary<string, RoutingHints> Presets = new Dictionary<string, RoutingHints>
    {
        [VirtualModels.FreeLarge] = new() { MinParams = LargeMinParams, FromPreset = RoutingHint.MinParams, Preset = VirtualModels.FreeLarge },
        [VirtualModels.FreeFast] = new() { Sort = RoutingSort.Latency, FromPreset = RoutingHint.Sort, Preset = VirtualModels.FreeFast },
        [VirtualModels.FreeLong] = new() { MinContext = LongMinContext, FromPreset = RoutingHint.MinContext, Preset = VirtualModels.FreeLong },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string? model, [NotNullWhen(true)] out RoutingHints? preset)
    {
        preset = null;
        return model is not null && Presets.TryGetValue(model, out preset);
    }

    /// <summary>The hints a request routes by: its own, over those of the preset it names (no allocation unless both are present).</summary>
    public static RoutingHints? Effective(string? model, RoutingHints? requested)
    {
        if (!TryGet(model, out var preset))
        {
            return requested;
        }

        if (requested is null)
        {
            return preset;
        }

        return requested with
        {
            MinParams = requested.MinParams ?? preset.MinParams,
            MinContext = requested.MinContext ?? preset.MinContext,
            Sort = requested.Sort ?? preset.Sort,
            FromPreset = preset.FromPreset & ~requested.Given,
            Preset = preset.Preset,
        };
    }
}
