namespace AspireRouter.RouterApi.Status;

/// <summary>A provider marked gone: since when, and what the upstream said when it refused.</summary>
internal sealed record GoneView(DateTimeOffset Since, string Message, int? StatusCode);
