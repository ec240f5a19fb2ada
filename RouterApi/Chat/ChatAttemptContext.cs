using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Chat;

/// <summary>What one attempt needs: the client's request and body, the model and provider to try, its lane in the request's race, the time left and the answer's format (null for chat completions).</summary>
internal readonly record struct ChatAttemptContext(
    HttpContext HttpContext,
    ChatRequest Request,
    PooledByteBufferWriter Body,
    ModelInfo Model,
    ProviderOptions Provider,
    AttemptLane Lane,
    TimeSpan TimeLimit,
    IAnswerFormat? Format);
