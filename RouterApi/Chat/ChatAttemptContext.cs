using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Chat;

/// <summary>What one attempt needs: the client's request and body, the model and the provider key to try, its lane in the request's race, the time left and the answer's format (null for chat completions).</summary>
internal readonly record struct ChatAttemptContext(
    HttpContext HttpContext,
    ChatRequest Request,
    PooledByteBufferWriter Body,
    ModelInfo Model,
    ProviderKey Key,
    AttemptLane Lane,
    TimeSpan TimeLimit,
    IAnswerFormat? Format)
{
    /// <summary>The provider's settings, with the key's value as its <see cref="ProviderOptions.ApiKey"/>.</summary>
    public ProviderOptions Provider => Key.Options;
}
