using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Anthropic;

/// <summary>
/// <c>POST /anthropic/v1/messages</c> with <c>x-api-key</c> and <c>anthropic-version</c>: a Message, or its streaming events
/// (https://docs.anthropic.com/en/docs/build-with-claude/streaming). Anthropic has no JSON mode.
/// </summary>
internal sealed class AnthropicChatHandler(NativeServices services) : NativeChatHandler(services)
{
    protected override string Kind => NativeKinds.Anthropic;

    protected override ModelAbilities Abilities { get; } = new(Tools: true, Json: false, ImageOutput: false);

    protected override string? KeyOf(HttpRequest request) => request.Headers["x-api-key"].FirstOrDefault();

    protected override (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context) =>
        string.IsNullOrEmpty(context.Request.Headers["anthropic-version"].FirstOrDefault())
            ? (null, "anthropic-version: header is required")
            : AnthropicRequestReader.Read(body);

    protected override NativeFailure Unauthorized() => AnthropicErrors.InvalidKey();

    protected override NativeFailure BadRequest(string problem) => AnthropicErrors.InvalidRequest(problem);

    protected override NativeFailure ModelNotFound(string model) => AnthropicErrors.ModelNotFound(model);

    protected override NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict) =>
        AnthropicErrors.RateLimited(verdict.RefusedLimit, verdict.RetryAfter, Time.GetUtcNow());

    protected override NativeFailure? Failure(FaultDecision fault, GenericModelOptions model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.RateLimitDay or FaultKinds.Upstream429 =>
            AnthropicErrors.RateLimited(model.RequestsPerMinute, TimeSpan.FromSeconds(fault.RetryAfterOr(20)), Time.GetUtcNow()),
        FaultKinds.Capacity429 or FaultKinds.Unavailable503 => AnthropicErrors.Overloaded(),
        FaultKinds.Payment402 => AnthropicErrors.Billing(),
        FaultKinds.NoEndpoints404 => AnthropicErrors.ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => AnthropicErrors.ApiError(),
        _ => null,
    };

    protected override NativeFailure ServerError() => AnthropicErrors.ApiError();

    protected override void Respond(HttpContext context, NativeReply answer)
    {
        var message = Message(answer, StopReason(answer), answer.Reply.CompletionTokens);
        message["content"] = answer.Reply.ToolCall is { } call
            ? new JsonArray(new JsonObject { ["type"] = "tool_use", ["id"] = ToolUseId(answer), ["name"] = call.Name, ["input"] = JsonNode.Parse(call.Arguments) })
            : new JsonArray(new JsonObject { ["type"] = "text", ["text"] = answer.Reply.Content });
        NativeJson.Write(context.Response, StatusCodes.Status200OK, message);
    }

    protected override async Task StreamAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.StartStream(context.Response, "text/event-stream");
        NativeJson.Event(writer, "message_start", new JsonObject { ["type"] = "message_start", ["message"] = Message(answer, null, 1) });
        var call = answer.Reply.ToolCall;
        NativeJson.Event(writer, "content_block_start", new JsonObject
        {
            ["type"] = "content_block_start",
            ["index"] = 0,
            ["content_block"] = call is null
                ? new JsonObject { ["type"] = "text", ["text"] = "" }
                : new JsonObject { ["type"] = "tool_use", ["id"] = ToolUseId(answer), ["name"] = call.Name, ["input"] = new JsonObject() },
        });
        NativeJson.Event(writer, "ping", new JsonObject { ["type"] = "ping" });
        var deltas = call is null ? answer.Reply.Pieces : Halves(call.Arguments);
        var sent = call is null ? answer.PiecesBeforeFailure : deltas.Count;
        for (var i = 0; i < sent; i++)
        {
            await PaceAsync(context, answer, i, Time);
            var delta = call is null
                ? new JsonObject { ["type"] = "text_delta", ["text"] = deltas[i] }
                : new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = deltas[i] };
            NativeJson.Event(writer, "content_block_delta", new JsonObject { ["type"] = "content_block_delta", ["index"] = 0, ["delta"] = delta });
        }

        if (answer.FailsInStream)
        {
            NativeJson.Event(writer, "error", AnthropicErrors.Body("overloaded_error", "Overloaded"));
            return;
        }

        NativeJson.Event(writer, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = 0 });
        NativeJson.Event(writer, "message_delta", new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = StopReason(answer), ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = answer.Reply.CompletionTokens },
        });
        NativeJson.Event(writer, "message_stop", new JsonObject { ["type"] = "message_stop" });
    }

    private JsonObject Message(NativeReply answer, string? stopReason, int outputTokens) => new()
    {
        ["id"] = "msg_" + IdFor(answer, 24),
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = answer.Model,
        ["content"] = new JsonArray(),
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = answer.Reply.PromptTokens, ["output_tokens"] = outputTokens },
    };

    private string ToolUseId(NativeReply answer) => "toolu_" + IdFor(answer, 24);

    private static string StopReason(NativeReply answer) => answer.Reply.FinishReason switch
    {
        "tool_calls" => "tool_use",
        "length" => "max_tokens",
        _ => "end_turn",
    };

    // A tool's input arrives as partial JSON; two pieces show the client must join them.
    private static List<string> Halves(string json) => [json[..(json.Length / 2)], json[(json.Length / 2)..]];
}
