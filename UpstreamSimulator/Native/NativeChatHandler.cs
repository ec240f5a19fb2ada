using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Determinism;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>
/// The chat endpoint of a provider with its own wire format: key, body, model, the provider's limits, scripted faults, then
/// the reply; each kind supplies its shapes (request, answer, stream, errors) from its documentation. Every request is logged.
/// </summary>
internal abstract class NativeChatHandler(NativeServices services)
{
    private readonly ulong _seed = (ulong)services.Options.Value.Seed;

    /// <summary>The provider's name in paths, faults, latency rules and the request log.</summary>
    protected abstract string Kind { get; }

    protected virtual ModelAbilities Abilities { get; } = new(Tools: true, Json: true, ImageOutput: false);

    /// <summary>False for a server on the caller's machine (Ollama), which takes no key.</summary>
    protected virtual bool RequiresKey => true;

    protected TimeProvider Time => services.Time;

    public async Task HandleAsync(HttpContext context)
    {
        var trace = services.Log.Start(Kind, context.Request.Path);
        try
        {
            await ServeAsync(context, trace);
        }
        finally
        {
            services.Log.Record(trace.Complete(context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode));
        }
    }

    protected abstract string? KeyOf(HttpRequest request);

    /// <summary>The request in the simulator's terms, or why the provider refuses it as malformed.</summary>
    protected abstract (ChatRequest? Request, string? Problem) Read(JsonElement body, HttpContext context);

    protected abstract NativeFailure Unauthorized();

    protected abstract NativeFailure BadRequest(string problem);

    protected abstract NativeFailure ModelNotFound(string model);

    protected abstract NativeFailure RateLimited(GenericModelOptions model, RateLimitVerdict verdict);

    /// <summary>The error a scripted fault answers with; null for faults that shape the reply instead (stall, mid-stream errors).</summary>
    protected abstract NativeFailure? Failure(FaultDecision fault, GenericModelOptions model);

    /// <summary>An internal error, for a non-streamed request whose fault would fail a stream.</summary>
    protected abstract NativeFailure ServerError();

    protected abstract void Respond(HttpContext context, NativeReply answer);

    protected abstract Task StreamAsync(HttpContext context, NativeReply answer);

    /// <summary>Waits for the next piece of a stream as the latency says, and sends what was written when latency is on.</summary>
    protected static async Task PaceAsync(HttpContext context, NativeReply answer, int piece, TimeProvider time)
    {
        await SimulatedLatency.Wait(piece == 0 ? answer.Latency.TimeToFirstToken : answer.Latency.BetweenTokens, time, context.RequestAborted);
        if (!answer.Latency.IsNone)
        {
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
    }

    protected string IdFor(NativeReply answer, int length) =>
        StableHash.Tag(StableHash.Combine(_seed, StableHash.Of(answer.Id)), length);

    private async Task ServeAsync(HttpContext context, RequestTrace trace)
    {
        var provider = services.Providers.Get(Kind);
        var key = KeyOf(context.Request);
        if (RequiresKey && (key is null || (provider.ApiKeys.Count > 0 && !provider.ApiKeys.Contains(key))))
        {
            Unauthorized().Write(context.Response);
            return;
        }

        trace.KeySuffix = key is null ? null : BearerKey.Suffix(key);
        using var document = await ReadJsonAsync(context);
        var (request, problem) = document is null ? (null, "The request body is not valid JSON.") : Read(document.RootElement, context);
        if (request is null)
        {
            BadRequest(problem ?? "Invalid request.").Write(context.Response);
            return;
        }

        trace.Model = request.Model;
        trace.Stream = request.Stream;
        if (request.Model is null || provider.Find(request.Model) is not { } model)
        {
            ModelNotFound(request.Model ?? "").Write(context.Response);
            return;
        }

        await AnswerAsync(context, trace, request, model, key ?? "local");
    }

    private async Task AnswerAsync(HttpContext context, RequestTrace trace, ChatRequest request, GenericModelOptions model, string key)
    {
        var reply = services.Planner.Plan(request, model.Id, Abilities);
        var verdict = services.Limiter.TryConsume(Kind, model, key, reply.TotalTokens);
        if (!verdict.Allowed)
        {
            trace.Fault = verdict.RefusedBy;
            RateLimited(model, verdict).Write(context.Response);
            return;
        }

        var fault = services.Faults.Draw(Kind, model.Id, key);
        trace.Fault = fault?.Kind;
        if (fault is not null && Failure(fault, model) is { } failure)
        {
            failure.Write(context.Response);
            return;
        }

        if (fault?.Kind is FaultKinds.ErrorIn200 or FaultKinds.MidstreamError && !request.Stream)
        {
            ServerError().Write(context.Response);
            return;
        }

        if (fault?.Kind == FaultKinds.Stall)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, services.Time, context.RequestAborted);
        }

        var id = $"{Kind}-{trace.Sequence}";
        var answer = new NativeReply(request, model.Id, reply, id, services.Time.GetUtcNow(), services.Latencies.For(Kind, model.Id), fault?.Kind);
        if (request.Stream)
        {
            await StreamAsync(context, answer);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
            return;
        }

        await SimulatedLatency.Wait(answer.Latency.Total(reply.CompletionTokens), services.Time, context.RequestAborted);
        Respond(context, answer);
    }

    private static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
