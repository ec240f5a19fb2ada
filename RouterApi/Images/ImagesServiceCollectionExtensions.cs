using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

internal static class ImagesServiceCollectionExtensions
{
    /// <summary>Image generation: options (<c>Images</c>, <c>Providers:{name}:Images</c>), the image API adapters, the fallback loop, storage for URLs.</summary>
    public static IServiceCollection AddImageGeneration(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<ImagesOptions>, ImagesOptionsValidator>();
        services.AddOptions<ImagesOptions>().BindConfiguration(ImagesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProvidersOptions>, ProviderImageOptionsValidator>();

        services.AddSingleton<IImageApiAdapter, ChatImageAdapter>();
        services.AddSingleton<IImageApiAdapter, OpenAiImagesAdapter>();
        services.AddSingleton<IImageApiAdapter, CloudflareImageAdapter>();
        services.AddSingleton<IImageApiAdapter, HuggingFaceImageAdapter>();
        services.AddSingleton<IImageApiAdapter, GeminiImageAdapter>();
        services.AddSingleton<ImageApiAdapters>();
        services.AddSingleton<ImageTranscodeGate>();
        services.AddSingleton<ImageAttempt>();
        services.AddSingleton<ImageSlotRouter>();
        services.AddSingleton<ImageModelCheck>();
        services.AddSingleton<LocalImageFallback>();
        services.AddSingleton<ImageStore>();
        services.AddSingleton<ImageUrls>();
        services.AddSingleton<ImageGenerationsEndpoint>();
        return services;
    }
}
