using System.Globalization;
using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Components.Models;

/// <summary>Reads a weight typed by an operator: a number from 0 to <see cref="PolicyRepository.MaxWeight"/>, '.' as decimal point.</summary>
public static class WeightInput
{
    public static string Problem { get; } = $"A number from 0 to {PolicyRepository.MaxWeight.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out double weight) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight)
        && double.IsFinite(weight) && weight is >= 0 and <= PolicyRepository.MaxWeight;
}
