namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A quota the request ran into, e.g. <c>GenerateRequestsPerDayPerProjectPerModel-FreeTier</c>.</summary>
internal sealed record GeminiQuotaViolation
{
    public string? QuotaId { get; init; }
}
