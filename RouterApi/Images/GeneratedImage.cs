using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterApi.Images;

/// <summary>One image of a response: ready for the client, with the model that made it and its revised prompt, if any.</summary>
internal sealed record GeneratedImage(PreparedImage Image, ModelInfo Model, string? RevisedPrompt);
