using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.OpenAi;
using Microsoft.AspNetCore.Diagnostics;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// The exception handler middleware's handler: answers any exception nothing else handled with a 500 in OpenAI's shape and logs it once.
/// The client sees neither the exception's text nor a stack trace, in any environment: the middleware runs inside the developer
/// exception page ASP.NET adds in Development, so that page never gets an exception to show. A request the router's stop gave up
/// (<see cref="RouterStopSignal"/>) is answered 503 <c>router_stopping</c> with <c>Retry-After</c>: the client should send it again.
/// </summary>
internal static partial class OpenAiExceptionHandler
{
    private static readonly OpenAiError Error = new(
        "The router had an error while processing your request. Try again; if it keeps failing, tell the router's operator.",
        "server_error",
        null,
        "internal_error");

    private static readonly OpenAiError Stopping = new(
        "The router is stopping, so this request was not answered. Send it again: another replica, or this one once it is back, will take it.",
        "server_error",
        null,
        "router_stopping");

    private static readonly TimeSpan StoppingRetryAfter = TimeSpan.FromSeconds(1);

    public static Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenAiExceptionHandler).FullName!);
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (context.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger, context.Request.Method, context.Request.Path);
            return Task.CompletedTask;
        }

        if (exception is RouterStoppingException || context.RequestServices.GetRequiredService<RouterStopSignal>().Stopped)
        {
            LogStopping(logger, context.Request.Method, context.Request.Path);
            return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Stopping, StoppingRetryAfter);
        }

        LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status500InternalServerError, Error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}; answered 500 server_error")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} was given up as the router stops; answered 503 router_stopping")]
    private static partial void LogStopping(ILogger logger, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} failed after the client went away; nothing to answer")]
    private static partial void LogAborted(ILogger logger, string method, PathString path);
}
