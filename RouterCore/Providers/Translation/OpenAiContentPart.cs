namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A content part: <c>{"type":"text","text":...}</c> or <c>{"type":"image_url","image_url":{"url":...}}</c>.</summary>
internal sealed record OpenAiContentPart
{
    public string Type { get; init; } = "text";

    public string? Text { get; init; }

    public OpenAiImageUrl? ImageUrl { get; init; }

    public bool IsImage => Type == "image_url" && ImageUrl is not null;
}
