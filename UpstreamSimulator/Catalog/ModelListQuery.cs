using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>
/// The filters of OpenRouter's <c>GET /models</c> (https://openrouter.ai/docs/overview/models#query-parameters):
/// <c>output_modalities</c> (comma-separated, default <c>text</c>, <c>all</c> for every model) and
/// <c>supported_parameters</c> (comma-separated; a model must support each).
/// </summary>
internal sealed class ModelListQuery(IReadOnlyList<string>? outputModalities, IReadOnlyList<string> supportedParameters)
{
    public static ModelListQuery From(IQueryCollection query)
    {
        var modalities = Split(query["output_modalities"]);
        var all = modalities.Contains("all", StringComparer.OrdinalIgnoreCase);
        return new ModelListQuery(all ? null : modalities.Count == 0 ? ["text"] : modalities, Split(query["supported_parameters"]));
    }

    public bool Matches(CatalogModel model) =>
        (outputModalities is null || outputModalities.Any(model.OutputModalities.Contains))
        && supportedParameters.All(model.Supports);

    private static List<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
