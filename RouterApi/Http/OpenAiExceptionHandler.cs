using AspireRouter.RouterCore.OpenAi;
using Microsoft.AspNetCore.Diagnostics;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// The exception handler middleware's handler: answers any exception nothing else handled with a 500 in OpenAI's shape and logs it once.
/// The client sees neither the exception's text nor a stack trace, in any environment: the middleware runs inside the developer
/// exception page ASP.NET adds in Development, so that page never gets an exception to show.
/// </summary>
internal static partial class OpenAiExceptionHandler
{
    private static readonly OpenAiError Error = new(
        "The router had an error while processing your request. Try again; if it keeps failing, tell the router's operator.",
        "server_error",
        null,
        "internal_error");

    public static Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenAiExceptionHandler).FullName!);
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (context.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger, context.Request.Method, context.Request.Path);
            return Task.CompletedTask;
        }

        LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status500InternalServerError, Error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}; answered 500 server_error")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} failed after the client went away; nothing to answer")]
    private static partial void LogAborted(ILogger logger, string method, PathString path);
}
