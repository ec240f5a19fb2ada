namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>
/// OpenRouter's account-level limits on <c>:free</c> models, per API key
/// (https://openrouter.ai/docs/api-reference/limits): 20 requests a minute, 50 a day, 1000 a day once 10 credits were bought.
/// </summary>
public sealed class OpenRouterQuotaOptions
{
    public bool Enabled { get; set; } = true;

    public int RequestsPerMinute { get; set; } = 20;

    public int RequestsPerDay { get; set; } = 50;

    public int RequestsPerDayWithCredits { get; set; } = 1000;

    /// <summary>Keys whose account bought at least 10 credits.</summary>
    public List<string> KeysWithCredits { get; set; } = [];
}
