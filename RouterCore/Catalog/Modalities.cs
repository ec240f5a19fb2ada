namespace AspireRouter.RouterCore.Catalog;

/// <summary>Modality names as catalogs and requests spell them.</summary>
public static class Modalities
{
    public const string Text = "text";
    public const string Image = "image";
}
