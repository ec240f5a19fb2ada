using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Gemini;

/// <summary>
/// <c>POST /gemini/v1beta/models/{model}:generateContent</c> and <c>:streamGenerateContent?alt=sse</c>, keyed by
/// <c>x-goog-api-key</c> (or <c>?key=</c>), with the free tier's per-model limits.
/// </summary>
internal sealed class GeminiChatHandler(NativeServices services) : NativeChatHandler(services)
{
    protected override string Kind => NativeKinds.Gemini;

    protected override string? KeyOf(HttpRequest request) =>
        request.Headers["x-goog-api-key"].FirstOrDefault() is { Length: > 0 } key ? key : request.Query["key"].FirstOrDefault();

    protected override (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context)
    {
        var target = (string)context.Request.RouteValues["target"]!;
        var colon = target.LastIndexOf(':');
        var (model, method) = colon < 0 ? (target, "") : (target[..colon], target[(colon + 1)..]);
        return method switch
        {
            "generateContent" => GeminiRequestReader.Read(body, model, stream: false),
            "streamGenerateContent" when context.Request.Query["alt"] == "sse" => GeminiRequestReader.Read(body, model, stream: true),
            "streamGenerateContent" => (null, "This simulator streams only as server-sent events: add ?alt=sse."),
            _ => (null, $"Unknown method '{method}'."),
        };
    }

    protected override NativeFailure Unauthorized() => GeminiErrors.InvalidKey();

    protected override NativeFailure BadRequest(string problem) => GeminiErrors.InvalidArgument(problem);

    protected override NativeFailure ModelNotFound(string model) => GeminiErrors.ModelNotFound(model);

    protected override NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict) =>
        GeminiErrors.QuotaExhausted(model.Id, perDay: verdict.RefusedBy!.Contains("day", StringComparison.Ordinal), verdict.RefusedLimit, verdict.RetryAfter);

    protected override NativeFailure? Failure(FaultDecision fault, GenericModelOptions model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 => GeminiErrors.QuotaExhausted(model.Id, perDay: false, model.RequestsPerMinute, TimeSpan.FromSeconds(fault.RetryAfterOr(30))),
        FaultKinds.RateLimitDay => GeminiErrors.QuotaExhausted(model.Id, perDay: true, model.RequestsPerDay, TimeSpan.FromSeconds(fault.RetryAfterOr(3600))),
        FaultKinds.Capacity429 or FaultKinds.Unavailable503 => GeminiErrors.Overloaded(),
        FaultKinds.Payment402 => GeminiErrors.PermissionDenied(),
        FaultKinds.NoEndpoints404 => GeminiErrors.ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => GeminiErrors.Internal(),
        _ => null,
    };

    protected override NativeFailure ServerError() => GeminiErrors.Internal();

    protected override void Respond(HttpContext context, NativeReply answer)
    {
        var parts = answer.Reply.ToolCall is { } call ? new JsonArray(FunctionCall(call)) : new JsonArray(new JsonObject { ["text"] = answer.Reply.Content });
        NativeJson.Write(context.Response, StatusCodes.Status200OK, Response(answer, parts, FinishReason(answer), Usage(answer, final: true)));
    }

    protected override async Task StreamAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.StartStream(context.Response, "text/event-stream");
        var pieces = answer.Reply.Pieces;
        var sent = answer.PiecesBeforeFailure;
        for (var i = 0; i < sent; i++)
        {
            await PaceAsync(context, answer, i, Time);
            var last = i == pieces.Count - 1 && !answer.FailsInStream && answer.Reply.ToolCall is null;
            NativeJson.Event(writer, null, Response(answer, new JsonArray(new JsonObject { ["text"] = pieces[i] }), last ? FinishReason(answer) : null, Usage(answer, last)), "\r\n\r\n");
        }

        if (answer.FailsInStream)
        {
            NativeJson.Event(writer, null, GeminiErrors.Internal().Body, "\r\n\r\n");
        }
        else if (answer.Reply.ToolCall is { } call)
        {
            await PaceAsync(context, answer, sent, Time);
            NativeJson.Event(writer, null, Response(answer, new JsonArray(FunctionCall(call)), "STOP", Usage(answer, final: true)), "\r\n\r\n");
        }
    }

    private JsonObject Response(NativeReply answer, JsonArray parts, string? finishReason, JsonObject usage)
    {
        var candidate = new JsonObject { ["content"] = new JsonObject { ["parts"] = parts, ["role"] = "model" } };
        if (finishReason is not null)
        {
            candidate["finishReason"] = finishReason;
        }

        candidate["index"] = 0;
        return new JsonObject
        {
            ["candidates"] = new JsonArray(candidate),
            ["usageMetadata"] = usage,
            ["modelVersion"] = answer.Model,
            ["responseId"] = IdFor(answer, 22),
        };
    }

    private static JsonObject FunctionCall(PlannedToolCall call) =>
        new() { ["functionCall"] = new JsonObject { ["name"] = call.Name, ["args"] = JsonNode.Parse(call.Arguments) } };

    private static string FinishReason(NativeReply answer) => answer.Reply.FinishReason == "length" ? "MAX_TOKENS" : "STOP";

    private static JsonObject Usage(NativeReply answer, bool final) => final
        ? new JsonObject
        {
            ["promptTokenCount"] = answer.Reply.PromptTokens,
            ["candidatesTokenCount"] = answer.Reply.CompletionTokens,
            ["totalTokenCount"] = answer.Reply.TotalTokens,
        }
        : new JsonObject { ["promptTokenCount"] = answer.Reply.PromptTokens, ["totalTokenCount"] = answer.Reply.PromptTokens };
}
