using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Faults;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>Everything a responder needs to answer one request in its provider's shape.</summary>
/// <param name="Fault">The scripted fault that shapes the answer (<c>midstream_error</c>, <c>error_in_200</c>), if any.</param>
internal sealed record NativeReply(ChatRequest Request, string Model, PlannedReply Reply, string Id, DateTimeOffset Created, SimulatedLatency Latency, string? Fault)
{
    /// <summary>How many pieces a stream sends before a mid-stream failure (all of them without one).</summary>
    public int PiecesBeforeFailure => Fault switch
    {
        Configuration.FaultKinds.MidstreamError => Math.Max(1, Reply.Pieces.Count / 2),
        Configuration.FaultKinds.ErrorIn200 => 0,
        _ => Reply.Pieces.Count,
    };

    public bool FailsInStream => Fault is Configuration.FaultKinds.MidstreamError or Configuration.FaultKinds.ErrorIn200;
}
