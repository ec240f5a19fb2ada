namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>A free-model limit a key ran into, as OpenRouter names and reports it.</summary>
/// <param name="Name"><c>free-models-per-min</c> or <c>free-models-per-day</c>.</param>
/// <param name="ResetsAt">When a request is allowed again: the minute window's end, or the next UTC midnight.</param>
internal sealed record FreeModelLimit(string Name, int Limit, DateTimeOffset ResetsAt, bool HasCredits)
{
    public const string PerMinute = "free-models-per-min";
    public const string PerDay = "free-models-per-day";
}
