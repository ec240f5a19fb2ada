namespace AspireRouter.RouterCore.Availability;

/// <summary>How an upstream attempt failed.</summary>
public enum UpstreamFailureKind
{
    RateLimited,
    PaymentRequired,

    /// <summary>The key was refused: a 401, or a 403 that is no moderation verdict (a disabled or forbidden key).</summary>
    Unauthorized,

    /// <summary>Refused for this input, e.g. OpenRouter's moderation; another model may accept it.</summary>
    Forbidden,

    /// <summary>The provider has no endpoint for the model right now (OpenRouter's "No endpoints found").</summary>
    NoEndpoints,
    Timeout,
    ConnectError,
    ServerError,

    /// <summary>A 2xx response whose body is an error object.</summary>
    ErrorInBody,
    ContextLengthExceeded,

    /// <summary>The request itself is wrong; no other model would take it either.</summary>
    BadRequest,

    /// <summary>The provider cannot take a parameter the request sets (e.g. <c>logprobs</c> on Anthropic); another may.</summary>
    UnsupportedParameter,

    /// <summary>The answer began (headers came) but its body did not arrive in time: the model is slow, not broken.</summary>
    SlowBody,
}
