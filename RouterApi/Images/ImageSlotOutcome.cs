using AspireRouter.RouterApi.Routing;


namespace AspireRouter.RouterApi.Images;

/// <summary>How the attempts for one image of a request ended: the image, or none, and every attempt made.</summary>
/// <param name="EarliestReset">The soonest a matching model that was cooling becomes available again.</param>
internal sealed record ImageSlotOutcome(GeneratedImage? Image, IReadOnlyList<AttemptRecord> Attempts, DateTimeOffset? EarliestReset);
