using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Chat's attempt in the routing pipeline: the client's request and body, sent to each model the pipeline picks, answered in the client's format.</summary>
internal readonly struct ChatModelAttempt(ChatAttempt attempt, HttpContext context, ChatRequest request, PooledByteBufferWriter body, IAnswerFormat? format) : IModelAttempt
{
    public bool CanHedge => true;

    public string OperationName => GenAiAttributes.Chat;

    public bool Streams => request.Stream;

    public ValueTask<AttemptResult> RunAsync(ModelInfo model, ProviderKey key, AttemptLane lane, TimeSpan timeLimit, CancellationToken cancellationToken) =>
        attempt.RunAsync(new ChatAttemptContext(context, request, body, model, key, lane, timeLimit, format), cancellationToken);
}
