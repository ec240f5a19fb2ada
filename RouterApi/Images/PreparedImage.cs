namespace AspireRouter.RouterApi.Images;

/// <summary>An image ready for the client: in the format and size it asked for.</summary>
internal sealed record PreparedImage(byte[] Bytes, ImageFileFormat Format, ImageDimensions Size);
