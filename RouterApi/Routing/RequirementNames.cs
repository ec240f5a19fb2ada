using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterApi.Routing;

/// <summary>A request's required capabilities in words, and the parameter that asked for them.</summary>
internal static class RequirementNames
{
    public static string Capabilities(in RequestRequirements requirements)
    {
        var needs = new List<string>();
        if (requirements.NeedsTools)
        {
            needs.Add("tool calling");
        }

        if (requirements.NeedsVision)
        {
            needs.Add("image input");
        }

        if (requirements.NeedsStructuredOutputs)
        {
            needs.Add("structured outputs (json_schema)");
        }

        if (requirements.NeedsJsonMode)
        {
            needs.Add("JSON mode");
        }

        if (requirements.NeedsImageOutput)
        {
            needs.Add("image output");
        }

        return needs.Count == 0 ? "text output" : string.Join(" and ", needs);
    }

    public static string? ParamFor(in RequestRequirements requirements) =>
        requirements.NeedsTools ? "tools"
        : requirements.NeedsStructuredOutputs || requirements.NeedsJsonMode ? "response_format"
        : requirements.NeedsImageOutput ? "modalities"
        : "messages";
}
