using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Cohere;

/// <summary>
/// <c>POST /cohere/v2/chat</c> with a bearer key and a trial key's limits: an answer, or the v2 stream's typed events
/// (https://docs.cohere.com/docs/streaming).
/// </summary>
internal sealed class CohereChatHandler(NativeServices services) : NativeChatHandler(services)
{
    protected override string Kind => NativeKinds.Cohere;

    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context) => CohereRequestReader.Read(body);

    protected override NativeFailure Unauthorized() => CohereErrors.InvalidKey();

    protected override NativeFailure BadRequest(string problem) => CohereErrors.BadRequest(problem);

    protected override NativeFailure ModelNotFound(string model) => CohereErrors.ModelNotFound(model);

    protected override NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict) =>
        CohereErrors.TrialLimit(verdict.RefusedLimit, monthly: verdict.RefusedBy!.Contains("day", StringComparison.Ordinal), verdict.RetryAfter);

    protected override NativeFailure? Failure(FaultDecision fault, GenericModelOptions model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 or FaultKinds.Capacity429 =>
            CohereErrors.TrialLimit(model.RequestsPerMinute, monthly: false, TimeSpan.FromSeconds(fault.RetryAfterOr(60))),
        FaultKinds.RateLimitDay => CohereErrors.TrialLimit(model.RequestsPerDay, monthly: true, TimeSpan.Zero),
        FaultKinds.Payment402 => CohereErrors.PaymentRequired(),
        FaultKinds.NoEndpoints404 => CohereErrors.ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => CohereErrors.Internal(),
        FaultKinds.Unavailable503 => CohereErrors.Unavailable(),
        _ => null,
    };

    protected override NativeFailure ServerError() => CohereErrors.Internal();

    protected override void Respond(HttpContext context, NativeReply answer)
    {
        var message = new JsonObject { ["role"] = "assistant" };
        if (answer.Reply.ToolCall is { } call)
        {
            message["tool_plan"] = $"I will call {call.Name}.";
            message["tool_calls"] = new JsonArray(ToolCall(call, call.Arguments));
        }
        else
        {
            message["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = answer.Reply.Content });
        }

        NativeJson.Write(context.Response, StatusCodes.Status200OK, new JsonObject
        {
            ["id"] = Id(answer),
            ["finish_reason"] = FinishReason(answer),
            ["message"] = message,
            ["usage"] = Usage(answer),
        });
    }

    protected override async Task StreamAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.StartStream(context.Response, "text/event-stream");
        NativeJson.Event(writer, "message-start", new JsonObject
        {
            ["id"] = Id(answer),
            ["type"] = "message-start",
            ["delta"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = new JsonArray(), ["tool_plan"] = "", ["tool_calls"] = new JsonArray(), ["citations"] = new JsonArray() } },
        });
        if (answer.Reply.ToolCall is { } call)
        {
            await PaceAsync(context, answer, 0, Time);
            StreamToolCall(writer, call);
        }
        else
        {
            await StreamTextAsync(context, answer);
            if (answer.FailsInStream)
            {
                NativeJson.Event(writer, "message-end", new JsonObject { ["type"] = "message-end", ["delta"] = new JsonObject { ["error"] = "internal server error", ["finish_reason"] = "ERROR" } });
                return;
            }
        }

        NativeJson.Event(writer, "message-end", new JsonObject
        {
            ["type"] = "message-end",
            ["delta"] = new JsonObject { ["finish_reason"] = FinishReason(answer), ["usage"] = Usage(answer) },
        });
    }

    private async Task StreamTextAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.Event(writer, "content-start", new JsonObject { ["type"] = "content-start", ["index"] = 0, ["delta"] = Content(new JsonObject { ["type"] = "text", ["text"] = "" }) });
        for (var i = 0; i < answer.PiecesBeforeFailure; i++)
        {
            await PaceAsync(context, answer, i, Time);
            NativeJson.Event(writer, "content-delta", new JsonObject { ["type"] = "content-delta", ["index"] = 0, ["delta"] = Content(new JsonObject { ["text"] = answer.Reply.Pieces[i] }) });
        }

        if (!answer.FailsInStream)
        {
            NativeJson.Event(writer, "content-end", new JsonObject { ["type"] = "content-end", ["index"] = 0 });
        }
    }

    private static void StreamToolCall(System.IO.Pipelines.PipeWriter writer, PlannedToolCall call)
    {
        NativeJson.Event(writer, "tool-plan-delta", new JsonObject { ["type"] = "tool-plan-delta", ["delta"] = new JsonObject { ["message"] = new JsonObject { ["tool_plan"] = $"I will call {call.Name}." } } });
        NativeJson.Event(writer, "tool-call-start", new JsonObject { ["type"] = "tool-call-start", ["index"] = 0, ["delta"] = new JsonObject { ["message"] = new JsonObject { ["tool_calls"] = ToolCall(call, "") } } });
        var half = call.Arguments.Length / 2;
        foreach (var piece in (string[])[call.Arguments[..half], call.Arguments[half..]])
        {
            NativeJson.Event(writer, "tool-call-delta", new JsonObject
            {
                ["type"] = "tool-call-delta",
                ["index"] = 0,
                ["delta"] = new JsonObject { ["message"] = new JsonObject { ["tool_calls"] = new JsonObject { ["function"] = new JsonObject { ["arguments"] = piece } } } },
            });
        }

        NativeJson.Event(writer, "tool-call-end", new JsonObject { ["type"] = "tool-call-end", ["index"] = 0 });
    }

    private static JsonObject Content(JsonObject content) => new() { ["message"] = new JsonObject { ["content"] = content } };

    private static JsonObject ToolCall(PlannedToolCall call, string arguments) => new()
    {
        ["id"] = call.Id,
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = arguments },
    };

    private string Id(NativeReply answer) => $"{IdFor(answer, 8)}-{IdFor(answer, 4)}-4{IdFor(answer, 3)}-8{IdFor(answer, 3)}-{IdFor(answer, 12)}";

    private static string FinishReason(NativeReply answer) => answer.Reply.FinishReason switch
    {
        "tool_calls" => "TOOL_CALL",
        "length" => "MAX_TOKENS",
        _ => "COMPLETE",
    };

    private static JsonObject Usage(NativeReply answer) => new()
    {
        ["billed_units"] = new JsonObject { ["input_tokens"] = answer.Reply.PromptTokens, ["output_tokens"] = answer.Reply.CompletionTokens },
        ["tokens"] = new JsonObject { ["input_tokens"] = answer.Reply.PromptTokens, ["output_tokens"] = answer.Reply.CompletionTokens },
    };
}
