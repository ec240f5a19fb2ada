using System.Text.Json;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// <c>POST /v1/responses</c>: reads and checks the request (400s before any upstream call), continues a stored conversation
/// for <c>previous_response_id</c>, translates it into a chat body for the one chat pipeline, answers in the Responses format,
/// and stores the response unless <c>store</c> is false.
/// </summary>
internal sealed partial class ResponsesEndpoint(
    ChatCompletionsEndpoint chat,
    RequestBodyReader bodyReader,
    ResponseStore store,
    TimeProvider time,
    ILogger<ResponsesEndpoint> logger)
{
    public async Task CreateAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        using var request = ResponsesRequestReader.Read(body.WrittenMemory, out var error);
        if (request is null)
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, error!);
            return;
        }

        StoredResponse? previous = null;
        if (request.PreviousResponseId is { } previousId)
        {
            try
            {
                previous = await store.LoadAsync(previousId, context.RequestAborted);
            }
            catch (Exception exception) when (RedisFailure.Is(exception))
            {
                await StorageUnavailableAsync(context);
                return;
            }

            if (previous is null)
            {
                await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, ResponsesErrors.PreviousResponseNotFound(previousId));
                return;
            }
        }

        using (previous)
        {
            await ServeAsync(context, request, previous?.Conversation, body.WrittenCount);
        }
    }

    /// <summary>Answers <c>{"error":...}</c> 503 when stored responses cannot be reached.</summary>
    public static Task StorageUnavailableAsync(HttpContext context) =>
        OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new OpenAiError(
            "Stored responses are unavailable right now (the router's Redis is unreachable); try again shortly, or send the whole conversation with store: false.",
            "server_error",
            null,
            "response_storage_unavailable"));

    private async Task ServeAsync(HttpContext context, ResponsesRequest request, JsonElement? previous, int bodySize)
    {
        using var conversation = new PooledByteBufferWriter(bodySize + 256);
        using var chatBody = new PooledByteBufferWriter(bodySize + 512);
        var dropped = new List<string>();
        if (ResponsesChatBody.Write(request, previous, conversation, chatBody, dropped) is { } invalid)
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, invalid);
            return;
        }

        if (dropped.Count > 0)
        {
            context.Response.Headers[RouterHeaders.DroppedTools] = string.Join(',', dropped);
        }

        var echo = new ResponseEcho(ResponseIds.NewResponse(), time.GetUtcNow().ToUnixTimeSeconds(), request);
        using var format = new ResponsesAnswerFormat(echo, time);
        if (!request.Store)
        {
            await chat.ServeAsync(context, chatBody, format, maxTokensIsCeiling: true, request.Conversation);
            return;
        }

        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Announce(echo.Id, saved.Task);
        try
        {
            await chat.ServeAsync(context, chatBody, format, maxTokensIsCeiling: true, request.Conversation);
            await SaveAsync(echo.Id, format, conversation);
        }
        finally
        {
            store.Forget(echo.Id);
            saved.TrySetResult();
        }
    }

    private async Task SaveAsync(string id, ResponsesAnswerFormat format, PooledByteBufferWriter conversation)
    {
        if (format.Response is not { } response || format.Output is not { } output)
        {
            return;
        }

        using var answer = new PooledByteBufferWriter(512);
        using (var writer = new Utf8JsonWriter(answer))
        {
            AssistantMessageWriter.WriteArray(writer, output);
        }

        using var messages = new PooledByteBufferWriter(conversation.WrittenCount + answer.WrittenCount);
        JsonArraySplice.Join(messages, conversation.WrittenSpan, answer.WrittenSpan);
        using var record = new PooledByteBufferWriter(response.Length + messages.WrittenCount + 64);
        ResponseRecord.Write(record, response.Span, messages.WrittenSpan);
        try
        {
            await store.SaveAsync(id, record.WrittenMemory);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogNotStored(logger, id, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Response {Id} answered but not stored ({Failure}): previous_response_id and GET will not find it")]
    private static partial void LogNotStored(ILogger logger, string id, string failure);
}
