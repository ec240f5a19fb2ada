using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterApi.Status;

/// <summary>The names <c>/v1/models</c> and the status give capabilities.</summary>
internal static class CapabilityNames
{
    public static IReadOnlyList<(ModelCapabilities Flag, string Name)> All { get; } =
    [
        (ModelCapabilities.Tools, "tools"),
        (ModelCapabilities.ToolChoice, "tool_choice"),
        (ModelCapabilities.ResponseFormat, "json_mode"),
        (ModelCapabilities.StructuredOutputs, "structured_outputs"),
        (ModelCapabilities.Vision, "vision"),
        (ModelCapabilities.ImageOutput, "image_output"),
        (ModelCapabilities.Reasoning, "reasoning"),
        (ModelCapabilities.Embeddings, "embeddings"),
    ];

    public static List<string> Of(ModelCapabilities capabilities) =>
        [.. All.Where(entry => capabilities.HasFlag(entry.Flag)).Select(entry => entry.Name)];
}
