using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Sizes;

/// <summary>Checks <c>Catalog:ModelSizes</c>: every row names a model and gives at least one positive count, active no larger than total.</summary>
internal sealed class ModelSizeOverridesValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var failures = new List<string>();
        foreach (var row in options.ModelSizes)
        {
            var total = row.ParametersBillions;
            var active = row.ActiveParametersBillions;
            if (string.IsNullOrWhiteSpace(row.Model)
                || (total is null && active is null)
                || !IsPositive(total) || !IsPositive(active)
                || (total is { } t && active is { } a && a > t))
            {
                failures.Add($"Catalog:ModelSizes: '{row.Model}' needs a model id and positive parameter counts (billions), active no larger than total.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsPositive(double? value) => value is null || (double.IsFinite(value.Value) && value.Value > 0);
}
