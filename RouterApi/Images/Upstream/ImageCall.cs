using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>One upstream call for one image: the client's request, aimed at a model of a provider, sent with one of its keys.</summary>
internal sealed record ImageCall(ImageGenerationRequest Request, ModelInfo Model, ProviderKey Key)
{
    /// <summary>The provider's settings, with the key's value as its <see cref="ProviderOptions.ApiKey"/>.</summary>
    public ProviderOptions Provider => Key.Options;

    /// <summary>
    /// The provider's image API root, without a trailing slash: <c>Images:BaseUrl</c>, else the provider's own; a Workers AI
    /// provider (base <c>.../accounts/{id}/ai</c>, as its chat models use) runs its image models under <c>{base}/run</c>.
    /// </summary>
    public string BaseUrl => Provider.Images.BaseUrl?.TrimEnd('/') ?? (IsWorkersAi
        ? Provider.BaseUrl.TrimEnd('/') + "/run"
        : Provider.BaseUrl.TrimEnd('/'));

    private bool IsWorkersAi => Provider.Kind == ProviderKinds.Cloudflare && Provider.Images.Api == ImageApi.Cloudflare;
}
