namespace AspireRouter.RouterApi.Images;

/// <summary>A validated <c>POST /v1/images/generations</c> body.</summary>
internal sealed record ImageGenerationRequest
{
    public required string Prompt { get; init; }

    /// <summary>A model id, a virtual model such as <c>free</c>, or null for the pool.</summary>
    public string? Model { get; init; }

    public int N { get; init; } = 1;

    /// <summary>The size to return; null for <c>auto</c> (whatever the model makes).</summary>
    public ImageDimensions? Size { get; init; }

    /// <summary>OpenAI's <c>quality</c> as given, or null; passed on to upstreams that speak OpenAI's Images API.</summary>
    public string? Quality { get; init; }

    public ImageResponseFormat ResponseFormat { get; init; } = ImageResponseFormat.B64Json;

    public ImageFileFormat OutputFormat { get; init; } = ImageFileFormat.Png;

    /// <summary>JPEG and WebP quality, 0-100.</summary>
    public int OutputCompression { get; init; } = 100;

    public string? User { get; init; }
}
