using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Requirements;

/// <summary>What a model must offer to serve a request: capabilities and a minimum context window in tokens.</summary>
public readonly record struct RequestRequirements(ModelCapabilities Capabilities, int MinContextTokens)
{
    public bool NeedsTools => Capabilities.HasFlag(ModelCapabilities.Tools);

    public bool NeedsVision => Capabilities.HasFlag(ModelCapabilities.Vision);

    public bool NeedsStructuredOutputs => Capabilities.HasFlag(ModelCapabilities.StructuredOutputs);

    public bool NeedsJsonMode => Capabilities.HasFlag(ModelCapabilities.ResponseFormat);

    public bool NeedsImageOutput => Capabilities.HasFlag(ModelCapabilities.ImageOutput);

    public RequestRequirements With(ModelCapabilities additional) => this with { Capabilities = Capabilities | additional };

    /// <summary>A context length of 0 means the catalog does not say, and is not held against the model.</summary>
    public bool IsMetBy(ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (model.Capabilities & Capabilities) == Capabilities
            && (model.ContextLength == 0 || model.ContextLength >= MinContextTokens);
    }
}
