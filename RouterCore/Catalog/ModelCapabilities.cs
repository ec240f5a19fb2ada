namespace AspireRouter.RouterCore.Catalog;

/// <summary>What a model can do, from its supported parameters and modalities; requirements are matched against these flags.</summary>
[Flags]
public enum ModelCapabilities
{
    None = 0,
    Tools = 1 << 0,
    ToolChoice = 1 << 1,
    ResponseFormat = 1 << 2,
    StructuredOutputs = 1 << 3,

    /// <summary>Accepts image input.</summary>
    Vision = 1 << 4,
    ImageOutput = 1 << 5,
    Reasoning = 1 << 6,
    TextOutput = 1 << 7,

    /// <summary>Turns text into vectors (<c>/v1/embeddings</c>); such a model neither chats nor draws.</summary>
    Embeddings = 1 << 8,
}
