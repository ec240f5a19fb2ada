namespace AspireRouter.RouterCore.Availability;

/// <summary>When a provider's spent quota comes back, as its error says or its documentation tells.</summary>
public enum QuotaReset
{
    /// <summary>Not a quota, or the error gives its own wait.</summary>
    None,

    /// <summary>At the next UTC midnight (Cloudflare's daily neurons).</summary>
    UtcDay,

    /// <summary>At the next midnight in California (Google AI Studio's requests per day).</summary>
    PacificDay,

    /// <summary>At the start of the next UTC month (Cohere's trial calls per month); capped like every cooldown.</summary>
    Month,
}
