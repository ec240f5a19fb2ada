namespace AspireRouter.RouterCore.Catalog;

/// <summary>Modality names as catalogs and requests spell them.</summary>
public static class Modalities
{
    public const string Text = "text";
    public const string Image = "image";

    /// <summary>An embedding model's output (as OpenRouter's catalog names it): vectors, not text.</summary>
    public const string Embeddings = "embeddings";

    /// <summary>
    /// The modalities configuration gives, or text alone when it gives none. Configured lists start empty because the
    /// configuration binder adds to a list's initial items instead of replacing them.
    /// </summary>
    public static IReadOnlyList<string> OrText(IReadOnlyList<string> configured) => configured.Count == 0 ? [Text] : configured;
}
