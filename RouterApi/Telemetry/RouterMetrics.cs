using System.Diagnostics;
using System.Diagnostics.Metrics;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.ServiceDefaults;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// The GenAI client metrics of the conventions (per attempt: tokens, duration, time to first chunk) and the router's own
/// (requests by outcome, fallbacks, attempts per request, cooldowns started), on <see cref="RouterTelemetry.Meter"/>.
/// </summary>
internal sealed class RouterMetrics : IDisposable
{
    // The conventions' advised buckets: tokens in powers of four, durations from 10 ms to 82 s.
    private static readonly int[] TokenBuckets = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
    private static readonly double[] DurationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

    private readonly AvailabilityTracker _tracker;
    private readonly Histogram<int> _tokens;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _timeToFirstChunk;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<int> _attempts;
    private readonly Counter<long> _cooldowns;

    public RouterMetrics(AvailabilityTracker tracker)
    {
        var meter = RouterTelemetry.Meter;
        _tokens = meter.CreateHistogram<int>("gen_ai.client.token.usage", "{token}", "Tokens used per upstream call, input and output.", advice: new() { HistogramBucketBoundaries = TokenBuckets });
        _duration = meter.CreateHistogram<double>("gen_ai.client.operation.duration", "s", "Duration of one upstream call.", advice: new() { HistogramBucketBoundaries = DurationBuckets });
        _timeToFirstChunk = meter.CreateHistogram<double>("gen_ai.client.operation.time_to_first_chunk", "s", "Time to the first chunk of a streamed answer.", advice: new() { HistogramBucketBoundaries = DurationBuckets });
        _requests = meter.CreateCounter<long>("aspire_router.requests", "{request}", "Routed requests by outcome.");
        _fallbacks = meter.CreateCounter<long>("aspire_router.fallbacks", "{attempt}", "Attempts made after a request's first one.");
        _attempts = meter.CreateHistogram<int>("aspire_router.attempts", "{attempt}", "Upstream attempts per routed request.", advice: new() { HistogramBucketBoundaries = [1, 2, 3, 4, 5, 6, 8, 10] });
        _cooldowns = meter.CreateCounter<long>("aspire_router.cooldowns", "{cooldown}", "Cooldowns this replica started, per provider and scope.");
        _tracker = tracker;
        _tracker.CooledDown += OnCooledDown;
    }

    /// <summary>Records one upstream call; call while its attempt span is current, so exemplars point at it.</summary>
    public void RecordAttempt(string operation, ModelInfo model, ProviderOptions provider, in AttemptResult result, TimeSpan duration, bool streamed)
    {
        if (result.Kind == AttemptResultKind.Outrun || !(_duration.Enabled || _tokens.Enabled || _timeToFirstChunk.Enabled))
        {
            return;
        }

        var tags = new TagList
        {
            { GenAiAttributes.OperationName, operation },
            { GenAiAttributes.ProviderName, provider.Name },
            { GenAiAttributes.RequestModel, model.UpstreamId },
        };
        if (result.Kind != AttemptResultKind.Served && result.Failure is { } failure)
        {
            tags.Add(GenAiAttributes.ErrorType, FailureTypes.Of(failure.Kind));
        }

        _duration.Record(duration.TotalSeconds, tags);
        if (result.Kind != AttemptResultKind.Served)
        {
            return;
        }

        if (streamed)
        {
            _timeToFirstChunk.Record(result.TimeToFirstToken.TotalSeconds, tags);
        }

        if (result.Usage is { } usage && _tokens.Enabled)
        {
            var input = tags;
            input.Add(GenAiAttributes.TokenType, "input");
            _tokens.Record(usage.PromptTokens, input);
            var output = tags;
            output.Add(GenAiAttributes.TokenType, "output");
            _tokens.Record(usage.CompletionTokens, output);
        }
    }

    public void RecordRequest(string operation, string outcome, int attempts)
    {
        var tags = new TagList { { GenAiAttributes.OperationName, operation }, { GenAiAttributes.Outcome, outcome } };
        _requests.Add(1, tags);
        _attempts.Record(attempts, tags);
        if (attempts > 1)
        {
            _fallbacks.Add(attempts - 1, tags);
        }
    }

    public void Dispose() => _tracker.CooledDown -= OnCooledDown;

    private void OnCooledDown(CooldownNotice notice)
    {
        if (_cooldowns.Enabled)
        {
            _cooldowns.Add(1, new TagList { { GenAiAttributes.ProviderName, notice.Provider }, { GenAiAttributes.CooldownScope, notice.Scope == CooldownScope.Provider ? "provider" : "model" } });
        }
    }
}
