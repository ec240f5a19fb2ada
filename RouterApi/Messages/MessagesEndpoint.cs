using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Context;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// Anthropic's Messages API on the chat pipeline: <c>POST /v1/messages</c> translates the request into a chat body and routes
/// it like any chat request, answering in Anthropic's format with <c>max_tokens</c> as a ceiling each model may lower;
/// <c>POST /v1/messages/count_tokens</c> counts the translated prompt with the router's tokenizer, without an upstream call.
/// </summary>
internal sealed class MessagesEndpoint(ChatCompletionsEndpoint chat, RequestBodyReader bodyReader, PromptTokenCounter counter)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        using var chatBody = new PooledByteBufferWriter(body.WrittenCount + 256);
        var translation = Translate(body, requireMaxTokens: true, chatBody);
        if (translation.Error is { } error)
        {
            await OpenAiErrorResults.InvalidRequestAsync(context, StatusCodes.Status400BadRequest, error, param: null, code: null);
            return;
        }

        if (translation.DroppedTools.Count > 0)
        {
            context.Response.Headers[RouterHeaders.DroppedTools] = string.Join(", ", translation.DroppedTools);
        }

        await chat.ServeAsync(context, chatBody, AnthropicMessageFormat.Instance, maxTokensIsCeiling: true, translation.Conversation);
    }

    public async Task CountTokensAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        using var chatBody = new PooledByteBufferWriter(body.WrittenCount + 256);
        var translation = Translate(body, requireMaxTokens: false, chatBody);
        if (translation.Error is { } error)
        {
            await OpenAiErrorResults.InvalidRequestAsync(context, StatusCodes.Status400BadRequest, error, param: null, code: null);
            return;
        }

        int tokens;
        using (var conversation = ChatConversation.Read(chatBody.WrittenMemory, counter))
        {
            tokens = conversation.PromptTokens;
        }

        var answer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(answer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("input_tokens"u8, tokens);
            writer.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.WrittenCount;
        await context.Response.Body.WriteAsync(answer.WrittenMemory, context.RequestAborted);
    }

    private static MessagesTranslation Translate(PooledByteBufferWriter body, bool requireMaxTokens, PooledByteBufferWriter chatBody)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.WrittenMemory);
        }
        catch (JsonException)
        {
            return MessagesTranslation.Refused("The request body is not valid JSON.");
        }

        using (document)
        {
            return MessagesRequestTranslator.Translate(document.RootElement, requireMaxTokens, chatBody);
        }
    }
}
