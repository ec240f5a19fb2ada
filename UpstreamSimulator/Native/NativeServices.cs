using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>What every natively spoken provider shares: models, limits, faults, replies, latency, the request log and the clock.</summary>
internal sealed record NativeServices(
    NativeProviderRegistry Providers,
    GenericRateLimiter Limiter,
    FaultScript Faults,
    ReplyPlanner Planner,
    LatencyBook Latencies,
    RequestLog Log,
    TimeProvider Time,
    IOptions<SimulatorOptions> Options);
