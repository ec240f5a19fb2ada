namespace AspireRouter.RouterCore.Providers;

/// <summary>Wire formats the router can speak to; one <see cref="IProviderAdapter"/> per kind.</summary>
public static class ProviderKinds
{
    public const string OpenAi = "openai";
}
