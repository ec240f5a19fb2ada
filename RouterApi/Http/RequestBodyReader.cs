using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Http;

/// <summary>Reads a client's request body once, up to <c>Router:MaxRequestBodyBytes</c>; a larger one is answered 413 in OpenAI's shape.</summary>
internal sealed class RequestBodyReader(IOptions<RouterApiOptions> options)
{
    private readonly long _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    /// <returns>The body (dispose it), or null when it was too large and the 413 is written.</returns>
    public async ValueTask<PooledByteBufferWriter?> ReadOrRejectAsync(HttpContext context)
    {
        var body = await LimitedBodyReader.ReadAsync(context.Request.Body, context.Request.ContentLength, _maxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await OpenAiErrorResults.InvalidRequestAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"The request body is larger than this router accepts ({_maxBodyBytes} bytes, Router:MaxRequestBodyBytes).",
                param: null,
                code: "request_too_large");
        }

        return body;
    }
}
