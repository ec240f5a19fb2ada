namespace AspireRouter.TestSupport;

/// <summary>What a <see cref="LoopbackServer"/> was sent: the path with its query, and the headers (names in any case).</summary>
public sealed record ReceivedRequest(string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
