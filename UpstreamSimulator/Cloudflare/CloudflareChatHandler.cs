using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>
/// <c>POST /cloudflare/client/v4/accounts/{account}/ai/run/{model}</c> with a bearer API token: a result in Cloudflare's
/// envelope, or server-sent <c>{"response":...}</c> events ended by <c>[DONE]</c>; the daily neurons run out as requests per day.
/// </summary>
internal sealed class CloudflareChatHandler(NativeServices services) : NativeChatHandler(services)
{
    protected override string Kind => NativeKinds.Cloudflare;

    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context) =>
        CloudflareRequestReader.Read(body, (string)context.Request.RouteValues["model"]!);

    protected override NativeFailure Unauthorized() => CloudflareErrors.AuthenticationError();

    protected override NativeFailure BadRequest(string problem) => CloudflareErrors.InvalidInput(problem);

    protected override NativeFailure ModelNotFound(string model) => CloudflareErrors.NoSuchModel(model);

    protected override NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict) =>
        verdict.RefusedBy!.Contains("day", StringComparison.Ordinal) ? CloudflareErrors.DailyAllocationSpent() : CloudflareErrors.OutOfCapacity();

    protected override NativeFailure? Failure(FaultDecision fault, GenericModelOptions model) => fault.Kind switch
    {
        FaultKinds.RateLimitDay => CloudflareErrors.DailyAllocationSpent(),
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 or FaultKinds.Capacity429 or FaultKinds.Unavailable503 => CloudflareErrors.OutOfCapacity(),
        FaultKinds.Payment402 => CloudflareErrors.AccountBlocked(),
        FaultKinds.NoEndpoints404 => CloudflareErrors.NoSuchModel(model.Id),
        FaultKinds.BadGateway502 => CloudflareErrors.Internal(),
        _ => null,
    };

    protected override NativeFailure ServerError() => CloudflareErrors.Internal();

    protected override void Respond(HttpContext context, NativeReply answer)
    {
        var result = new JsonObject { ["response"] = ResponseValue(answer) };
        if (answer.Reply.ToolCall is { } call)
        {
            result["tool_calls"] = ToolCalls(call);
        }

        result["usage"] = Usage(answer);
        NativeJson.Write(context.Response, StatusCodes.Status200OK, new JsonObject
        {
            ["result"] = result,
            ["success"] = true,
            ["errors"] = new JsonArray(),
            ["messages"] = new JsonArray(),
        });
    }

    protected override async Task StreamAsync(HttpContext context, NativeReply answer)
    {
        var writer = context.Response.BodyWriter;
        NativeJson.StartStream(context.Response, "text/event-stream");
        for (var i = 0; i < answer.PiecesBeforeFailure; i++)
        {
            await PaceAsync(context, answer, i, Time);
            NativeJson.Event(writer, null, new JsonObject { ["response"] = answer.Reply.Pieces[i], ["p"] = IdFor(answer, 1 + (i % 16)) });
        }

        if (answer.FailsInStream)
        {
            NativeJson.Event(writer, null, CloudflareErrors.Envelope(3040, "Capacity temporarily exceeded, please try again."));
            return;
        }

        if (answer.Reply.ToolCall is { } call)
        {
            await PaceAsync(context, answer, 0, Time);
            NativeJson.Event(writer, null, new JsonObject { ["response"] = "", ["tool_calls"] = ToolCalls(call) });
        }

        NativeJson.Event(writer, null, new JsonObject { ["response"] = "", ["usage"] = Usage(answer) });
        NativeJson.Done(writer);
    }

    // In JSON mode the response is the JSON value itself, not its text.
    private static JsonNode? ResponseValue(NativeReply answer) =>
        answer.Reply.ToolCall is not null ? null
        : answer.Request.ResponseFormat != ResponseFormatKind.Text ? JsonNode.Parse(answer.Reply.Content)
        : JsonValue.Create(answer.Reply.Content);

    private static JsonArray ToolCalls(PlannedToolCall call) =>
        new(new JsonObject { ["arguments"] = JsonNode.Parse(call.Arguments), ["name"] = call.Name });

    private static JsonObject Usage(NativeReply answer) => new()
    {
        ["prompt_tokens"] = answer.Reply.PromptTokens,
        ["completion_tokens"] = answer.Reply.CompletionTokens,
        ["total_tokens"] = answer.Reply.TotalTokens,
    };
}
