using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Chat.Wire;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Determinism;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.Sse;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>
/// Sends a planned reply in OpenAI's shape: a completion, or a stream of chunks ended by <c>data: [DONE]</c>, with a usage
/// chunk only when <c>stream_options.include_usage</c> asks for it; a failing stream ends with an <c>error</c> event.
/// </summary>
internal sealed class GenericResponder(LatencyBook latencies, TimeProvider time, IOptions<SimulatorOptions> options)
{
    private readonly ulong _seed = (ulong)options.Value.Seed;

    public async Task RespondAsync(HttpContext context, string provider, ChatRequest request, string model, PlannedReply reply, long sequence, FaultDecision? fault)
    {
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var id = "chatcmpl-" + StableHash.Tag(StableHash.Combine(_seed, (ulong)sequence), 29);
        var fingerprint = "fp_" + StableHash.Tag(StableHash.Of(provider + "/" + model), 10);
        var latency = latencies.For(provider, model);
        if (request.Stream)
        {
            await StreamAsync(context, new GenericChunk(id, "chat.completion.chunk", created, model, fingerprint, [], null), request, reply, latency, fault?.Kind);
            return;
        }

        await SimulatedLatency.Wait(latency.Total(reply.CompletionTokens), time, context.RequestAborted);
        var completion = new GenericCompletion(id, "chat.completion", created, model, [new GenericChoice(0, WireShapes.Message(reply), null, reply.FinishReason)], WireShapes.Usage(reply), fingerprint);
        JsonResponse.Write(context.Response, StatusCodes.Status200OK, completion, WireJsonContext.Default.GenericCompletion);
    }

    private async Task StreamAsync(HttpContext context, GenericChunk template, ChatRequest request, PlannedReply reply, SimulatedLatency latency, string? fault)
    {
        var cancellation = context.RequestAborted;
        var writer = context.Response.BodyWriter;
        SseWriter.Start(context.Response);
        var firstToken = SimulatedLatency.Wait(latency.TimeToFirstToken, time, cancellation);
        await writer.FlushAsync(cancellation);
        await firstToken;

        var sent = fault switch
        {
            FaultKinds.MidstreamError => Math.Max(1, reply.Pieces.Count / 2),
            FaultKinds.ErrorIn200 => 0,
            _ => reply.Pieces.Count,
        };
        for (var i = 0; i < sent; i++)
        {
            await SimulatedLatency.Wait(i == 0 ? TimeSpan.Zero : latency.BetweenTokens, time, cancellation);
            SseWriter.Data(writer, template with { Choices = [new GenericChunkChoice(0, new WireDelta("assistant", reply.Pieces[i], null, null), null, null)] }, WireJsonContext.Default.GenericChunk);
            if (!latency.IsNone)
            {
                await writer.FlushAsync(cancellation);
            }
        }

        if (fault is FaultKinds.MidstreamError or FaultKinds.ErrorIn200)
        {
            SseWriter.Data(writer, new GenericError(GenericErrors.ServerError()), WireJsonContext.Default.GenericError);
            await writer.FlushAsync(cancellation);
            return;
        }

        if (WireShapes.ToolCalls(reply) is { } toolCalls)
        {
            SseWriter.Data(writer, template with { Choices = [new GenericChunkChoice(0, new WireDelta("assistant", null, toolCalls, null), null, null)] }, WireJsonContext.Default.GenericChunk);
        }

        SseWriter.Data(writer, template with { Choices = [new GenericChunkChoice(0, new WireDelta("assistant", string.Empty, null, null), null, reply.FinishReason)] }, WireJsonContext.Default.GenericChunk);
        if (request.IncludeUsage)
        {
            SseWriter.Data(writer, template with { Usage = WireShapes.Usage(reply) }, WireJsonContext.Default.GenericChunk);
        }

        SseWriter.DoneMarker(writer);
        await writer.FlushAsync(cancellation);
    }
}
