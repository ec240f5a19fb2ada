using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Sessions;

internal static class StickySessionsServiceCollectionExtensions
{
    /// <summary>Sticky sessions: options (<c>Routing:Affinity</c>) and the conversations' models.</summary>
    public static IServiceCollection AddStickySessions(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<AffinityOptions>, AffinityOptionsValidator>();
        services.AddOptions<AffinityOptions>().BindConfiguration(AffinityOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ConversationAffinity>();
        return services;
    }
}
