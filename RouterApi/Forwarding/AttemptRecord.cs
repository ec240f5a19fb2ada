namespace AspireRouter.RouterApi.Forwarding;

/// <summary>One upstream attempt of a request: where it went and how it ended (for headers, errors and the decision log).</summary>
internal readonly record struct AttemptRecord(string Model, string Provider, int? Status, string Outcome);
