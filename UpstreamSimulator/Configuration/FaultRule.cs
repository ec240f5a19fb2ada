namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>A scripted failure: which requests it hits, how often, and for how many.</summary>
public sealed class FaultRule
{
    /// <summary><c>openrouter</c>, a generic provider's name, or <c>*</c>.</summary>
    public string Provider { get; set; } = "*";

    /// <summary>A model id, or <c>*</c> for every model.</summary>
    public string Model { get; set; } = "*";

    /// <summary>Only requests sent with this API key (<c>Authorization: Bearer</c>); empty means every key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>One of <see cref="FaultKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Chance (0..1) that a matching request gets the fault.</summary>
    public double Probability { get; set; } = 1;

    /// <summary>Only the next N matching requests get it; empty means no end.</summary>
    public int? Count { get; set; }

    /// <summary>The wait the fault announces (Retry-After, retry_after_seconds); empty means the kind's usual value.</summary>
    public int? RetryAfterSeconds { get; set; }
}
