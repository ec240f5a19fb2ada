using System.Runtime.CompilerServices;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// Chat on the routing pipeline: each attempt relays the model's answer (or stream); when none serves, OpenAI's error says why.
/// A conversation is tried first on the model (and provider key) it stuck to, and sticks to the model and key that serve it
/// (<see cref="ChatAttempt"/> remembers them as it commits the answer).
/// </summary>
internal sealed class ChatForwarder(
    RoutingPipeline pipeline,
    ChatAttempt attempt,
    ExhaustionResponder exhaustion,
    RoutingDecisionRecorder decisions,
    ConversationAffinity affinity,
    TimeProvider time)
{
    /// <param name="format">How the answer is written when the client speaks another API than chat completions.</param>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ForwardAsync(HttpContext context, ChatRequest request, PooledByteBufferWriter body, IAnswerFormat? format)
    {
        await affinity.RecallAsync(request);
        var run = pipeline.Begin(request, RequirementsReader.From(request), time.GetTimestamp());
        try
        {
            await pipeline.RunAsync(run, new ChatModelAttempt(attempt, context, request, body, format), context.RequestAborted);
            if (run.Rejected is { } rejected)
            {
                await ExhaustionResponder.WriteRejectedAsync(context, rejected, run.Attempts);
            }
            else if (!run.Served)
            {
                await exhaustion.WriteAsync(context, request, run.Requirements, run.Attempts, run.EarliestReset);
            }
        }
        finally
        {
            decisions.Record(context, request, run.Attempts, run.StartedTimestamp, run.Usage);
        }
    }
}
