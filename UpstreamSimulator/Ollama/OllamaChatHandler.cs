using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Ollama;

/// <summary><c>POST /ollama/api/chat</c>: a local server without keys; one answer, or NDJSON lines ending with <c>done: true</c>.</summary>
internal sealed class OllamaChatHandler(NativeServices services) : NativeChatHandler(services)
{
    protected override string Kind => NativeKinds.Ollama;

    protected override bool RequiresKey => false;

    protected override string? KeyOf(HttpRequest request) => null;

    protected override (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context) => OllamaRequestReader.Read(body);

    protected override NativeFailure Unauthorized() => OllamaErrors.Error(401, "unauthorized");

    protected override NativeFailure BadRequest(string problem) => OllamaErrors.Error(400, problem);

    protected override NativeFailure ModelNotFound(string model) => OllamaErrors.ModelNotFound(model);

    protected override NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict) => OllamaErrors.Busy();

    protected override NativeFailure? Failure(FaultDecision fault, GenericModelOptions model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.RateLimitDay or FaultKinds.Upstream429 or FaultKinds.Capacity429 or FaultKinds.Unavailable503 => OllamaErrors.Busy(),
        FaultKinds.NoEndpoints404 => OllamaErrors.ModelNotFound(model.Id),
        FaultKinds.Payment402 or FaultKinds.BadGateway502 => OllamaErrors.Internal(),
        _ => null,
    };

    protected override NativeFailure ServerError() => OllamaErrors.Internal();

    protected override void Respond(HttpContext context, NativeReply answer)
    {
        var line = Line(answer, Message(answer, answer.Reply.ToolCall is null ? answer.Reply.Content : "", answer.Reply.ToolCall));
        Finish(line, answer);
        NativeJson.Write(context.Response, StatusCodes.Status200OK, line);
    }

    protected override async Task StreamAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.StartStream(context.Response, "application/x-ndjson");
        for (var i = 0; i < answer.PiecesBeforeFailure; i++)
        {
            await PaceAsync(context, answer, i, Time);
            NativeJson.Line(writer, Line(answer, Message(answer, answer.Reply.Pieces[i], null)));
        }

        if (answer.FailsInStream)
        {
            NativeJson.Line(writer, OllamaErrors.Internal().Body);
            return;
        }

        if (answer.Reply.ToolCall is { } call)
        {
            await PaceAsync(context, answer, 0, Time);
            NativeJson.Line(writer, Line(answer, Message(answer, "", call)));
        }

        var last = Line(answer, Message(answer, "", null));
        Finish(last, answer);
        NativeJson.Line(writer, last);
    }

    private static JsonObject Line(NativeReply answer, JsonObject message) => new()
    {
        ["model"] = answer.Model,
        ["created_at"] = answer.Created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        ["message"] = message,
        ["done"] = false,
    };

    private static JsonObject Message(NativeReply answer, string content, PlannedToolCall? call)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        if (call is not null)
        {
            message["tool_calls"] = new JsonArray(new JsonObject { ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = JsonNode.Parse(call.Arguments) } });
        }

        return message;
    }

    private static void Finish(JsonObject line, NativeReply answer)
    {
        line["done_reason"] = answer.Reply.FinishReason == "length" ? "length" : "stop";
        line["done"] = true;
        line["total_duration"] = 5_191_566_416;
        line["load_duration"] = 2_154_458;
        line["prompt_eval_count"] = answer.Reply.PromptTokens;
        line["prompt_eval_duration"] = 383_809_000;
        line["eval_count"] = answer.Reply.CompletionTokens;
        line["eval_duration"] = 4_799_921_000;
    }
}
