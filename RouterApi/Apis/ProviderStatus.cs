namespace AspireRouter.RouterApi.Apis;

/// <summary>One configured provider as the status shows it: never the key, only whether one is set.</summary>
internal sealed record ProviderStatus(string Name, string Kind, string BaseUrl, bool KeySet, IReadOnlyList<string> Headers, int Models);
