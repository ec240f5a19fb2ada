using AspireRouter.UpstreamSimulator.Requests;

namespace AspireRouter.UpstreamSimulator.Control;

/// <summary><c>GET /_control/requests</c>: how many requests arrived, counts per provider and model, and the kept requests.</summary>
public sealed record RequestLogView(long Total, IReadOnlyDictionary<string, Dictionary<string, long>> Counts, IReadOnlyList<RecordedRequest> Requests);
