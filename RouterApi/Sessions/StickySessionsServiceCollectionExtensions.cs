using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Sessions;

internal static class StickySessionsServiceCollectionExtensions
{
    /// <summary>Sticky sessions: options (<c>Routing:Affinity</c>) and the conversations' models, kept here and shared in Redis.</summary>
    public static IServiceCollection AddStickySessions(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<AffinityOptions>, AffinityOptionsValidator>();
        services.AddOptions<AffinityOptions>().BindConfiguration(AffinityOptions.SectionName).ValidateOnStart();
        services.AddSingleton<SharedAffinity>();
        services.AddSingleton<ConversationAffinity>();
        return services;
    }
}
