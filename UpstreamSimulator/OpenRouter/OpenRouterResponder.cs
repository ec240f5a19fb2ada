using System.IO.Pipelines;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Chat.Wire;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.OpenRouter.Wire;
using AspireRouter.UpstreamSimulator.Sse;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>
/// Sends a planned reply in OpenRouter's shape (https://openrouter.ai/docs/api-reference/streaming): a completion with
/// <c>provider</c> and <c>native_finish_reason</c>, or a stream that opens with <c>: OPENROUTER PROCESSING</c>, sends one chunk
/// per token, a finishing chunk, a usage chunk with empty <c>choices</c>, then <c>data: [DONE]</c>.
/// </summary>
internal sealed class OpenRouterResponder(LatencyBook latencies, OpenRouterIdentity identity, TimeProvider time)
{
    public async Task RespondAsync(HttpContext context, ChatRequest request, string model, PlannedReply reply, long sequence, FaultDecision? fault)
    {
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var reference = new Reference(identity.GenerationId(created, sequence), identity.UpstreamFor(model), model, created);
        context.Response.Headers["X-Generation-Id"] = reference.Id;
        var latency = latencies.For(OpenRouterNames.Provider, model);
        if (request.Stream)
        {
            await StreamAsync(context, reference, reply, latency, fault?.Kind);
            return;
        }

        await SimulatedLatency.Wait(latency.Total(reply.CompletionTokens), time, context.RequestAborted);
        var choice = new OpenRouterChoice(null, reply.FinishReason, reply.FinishReason, 0, WireShapes.Message(reply));
        var completion = new OpenRouterCompletion(reference.Id, reference.Upstream, model, "chat.completion", created, [choice], WireShapes.Usage(reply));
        JsonResponse.Write(context.Response, StatusCodes.Status200OK, completion, WireJsonContext.Default.OpenRouterCompletion);
    }

    private async Task StreamAsync(HttpContext context, Reference reference, PlannedReply reply, SimulatedLatency latency, string? fault)
    {
        var cancellation = context.RequestAborted;
        var writer = context.Response.BodyWriter;
        var paced = !latency.IsNone;
        SseWriter.Start(context.Response);

        // Started before the comment goes out, so a client that has read the comment knows the wait is under way.
        var firstToken = SimulatedLatency.Wait(latency.TimeToFirstToken, time, cancellation);
        SseWriter.Comment(writer, "OPENROUTER PROCESSING");
        await writer.FlushAsync(cancellation);
        await firstToken;

        var breaks = fault is FaultKinds.MidstreamError or FaultKinds.ErrorIn200;
        var sent = fault switch
        {
            FaultKinds.MidstreamError => Math.Max(1, reply.Pieces.Count / 2),
            FaultKinds.ErrorIn200 => 0,
            _ => reply.Pieces.Count,
        };
        for (var i = 0; i < sent; i++)
        {
            await SimulatedLatency.Wait(i == 0 ? TimeSpan.Zero : latency.BetweenTokens, time, cancellation);
            Send(writer, reference, [new OpenRouterChunkChoice(0, new WireDelta("assistant", reply.Pieces[i], null, null), null, null, null)]);
            if (paced)
            {
                await writer.FlushAsync(cancellation);
            }
        }

        if (breaks)
        {
            var error = new OpenRouterChunkChoice(0, new WireDelta("assistant", string.Empty, null, null), "error", "error", null);
            Send(writer, reference, [error], error: OpenRouterErrors.MidStream(reference.Upstream));
            await writer.FlushAsync(cancellation);
            return;
        }

        if (WireShapes.ToolCalls(reply) is { } toolCalls)
        {
            Send(writer, reference, [new OpenRouterChunkChoice(0, new WireDelta("assistant", null, toolCalls, null), null, null, null)]);
        }

        var finish = new WireDelta("assistant", string.Empty, null, WireShapes.Images(reply));
        Send(writer, reference, [new OpenRouterChunkChoice(0, finish, reply.FinishReason, reply.FinishReason, null)]);
        Send(writer, reference, [], WireShapes.Usage(reply));
        SseWriter.DoneMarker(writer);
        await writer.FlushAsync(cancellation);
    }

    private static void Send(PipeWriter writer, Reference reference, IReadOnlyList<OpenRouterChunkChoice> choices, WireUsage? usage = null, OpenRouterErrorBody? error = null) =>
        SseWriter.Data(
            writer,
            new OpenRouterChunk(reference.Id, reference.Upstream, reference.Model, "chat.completion.chunk", reference.Created, choices, usage, error),
            WireJsonContext.Default.OpenRouterChunk);

    private sealed record Reference(string Id, string Upstream, string Model, long Created);
}
