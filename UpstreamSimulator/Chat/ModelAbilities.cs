namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>What a model can do with a request, from its catalog entry or its provider's nature.</summary>
internal sealed record ModelAbilities(bool Tools, bool Json, bool ImageOutput);
