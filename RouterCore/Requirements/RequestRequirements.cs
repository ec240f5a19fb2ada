using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.Requirements;

/// <summary>What a model must offer to serve a request: capabilities, a minimum context window in tokens, and the client's hints.</summary>
public readonly record struct RequestRequirements(ModelCapabilities Capabilities, int MinContextTokens)
{
    /// <summary>The client's routing hints (with its preset's), or null.</summary>
    public RoutingHints? Hints { get; init; }

    public bool NeedsTools => Capabilities.HasFlag(ModelCapabilities.Tools);

    public bool NeedsVision => Capabilities.HasFlag(ModelCapabilities.Vision);

    public bool NeedsStructuredOutputs => Capabilities.HasFlag(ModelCapabilities.StructuredOutputs);

    public bool NeedsJsonMode => Capabilities.HasFlag(ModelCapabilities.ResponseFormat);

    public bool NeedsImageOutput => Capabilities.HasFlag(ModelCapabilities.ImageOutput);

    public RequestRequirements With(ModelCapabilities additional) => this with { Capabilities = Capabilities | additional };

    /// <summary>A context length of 0 means the catalog does not say, and is not held against the model (but fails a context hint).</summary>
    public bool IsMetBy(ModelInfo model) =>
        HasCapabilitiesOf(model)
        && (model.ContextLength == 0 || model.ContextLength >= MinContextTokens)
        && (Hints is null || Hints.Allows(model));

    public bool HasCapabilitiesOf(ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (model.Capabilities & Capabilities) == Capabilities;
    }
}
