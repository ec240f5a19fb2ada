using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>What <see cref="RoutePlanner"/> needs to route an image generation: the model the client named and "makes images".</summary>
public static class ImageRouting
{
    public static RequestRequirements Requirements { get; } = new(ModelCapabilities.ImageOutput, 0);

    /// <param name="model">A model id, a virtual model such as <c>free</c>, or null for the pool.</param>
    public static ChatRequest Request(string? model) => new() { Model = model, WantsTextOutput = false, WantsImageOutput = true };
}
