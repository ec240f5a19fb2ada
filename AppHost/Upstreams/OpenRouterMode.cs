namespace AspireRouter.AppHost.Upstreams;

/// <summary>Where the services' OpenRouter provider goes.</summary>
internal enum OpenRouterMode
{
    /// <summary>The real OpenRouter, with the configured key.</summary>
    Real,

    /// <summary>No provider key at all: the simulated <c>openrouter-sandbox</c>, so a first run answers.</summary>
    Sandbox,

    /// <summary>Keys for other providers but none for OpenRouter: it stays out of the pool, and nothing simulated joins real models.</summary>
    LeftOut,
}
