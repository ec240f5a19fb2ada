namespace AspireRouter.RouterCore.Sizes;

/// <summary>Where a model's size was read, from the most trusted to the least.</summary>
public enum ModelSizeSource
{
    /// <summary>The operator's table, <c>Catalog:ModelSizes</c>.</summary>
    Configuration,

    /// <summary>The router's table of published sizes for models whose names do not say them (<see cref="KnownModelSizes"/>).</summary>
    Known,

    /// <summary>The catalog's <c>hugging_face_id</c>, e.g. <c>Qwen/Qwen3-Coder-480B-A35B-Instruct</c>.</summary>
    HuggingFaceId,

    /// <summary>The model id, e.g. <c>meta-llama/llama-3.3-70b-instruct:free</c>.</summary>
    ModelId,

    /// <summary>The display name, e.g. <c>Google: Gemma 3n 2B</c>.</summary>
    Name,
}
