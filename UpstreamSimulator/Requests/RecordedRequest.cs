namespace AspireRouter.UpstreamSimulator.Requests;

/// <summary>One request the simulator received, and what it answered.</summary>
/// <param name="Sequence">Order of arrival, from 1.</param>
/// <param name="Provider"><c>openrouter</c> or a generic provider's name.</param>
/// <param name="KeySuffix">The API key's last four characters; the key itself is never kept.</param>
/// <param name="Status">The HTTP status sent; 499 when the client went away first.</param>
/// <param name="Fault">The scripted fault or quota that shaped the answer, if any.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Provider,
    string Path,
    string? Model,
    string? KeySuffix,
    bool Stream,
    DateTimeOffset ReceivedAt,
    int Status,
    string? Fault);
