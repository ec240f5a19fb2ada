namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>Where the simulated OpenRouter lives.</summary>
internal static class OpenRouterNames
{
    /// <summary>The provider name in fault rules, latency rules and the request log.</summary>
    public const string Provider = "openrouter";

    public const string BasePath = "/openrouter/api/v1";
}
