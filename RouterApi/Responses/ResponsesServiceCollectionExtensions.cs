using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Responses;

internal static class ResponsesServiceCollectionExtensions
{
    /// <summary>OpenAI's Responses API: options (<c>Responses</c>), the response store and the endpoint.</summary>
    public static IServiceCollection AddResponsesApi(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<ResponsesOptions>, ResponsesOptionsValidator>();
        services.AddOptions<ResponsesOptions>().BindConfiguration(ResponsesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ResponseStore>();
        services.AddSingleton<ResponsesEndpoint>();
        return services;
    }
}
