using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>One upstream call for one image: the client's request, aimed at a model of a provider.</summary>
internal sealed record ImageCall(ImageGenerationRequest Request, ModelInfo Model, ProviderOptions Provider)
{
    /// <summary>The provider's image API root, without a trailing slash.</summary>
    public string BaseUrl => (Provider.Images.BaseUrl ?? Provider.BaseUrl).TrimEnd('/');
}
