using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>
/// <c>POST /{provider}/v1/chat/completions</c> of an OpenAI-compatible provider: key, model, Groq-style per-model limits with
/// <c>x-ratelimit-*</c> headers on every answer, scripted faults, then the reply.
/// </summary>
internal sealed class GenericChatHandler(
    GenericProviderRegistry providers,
    GenericRateLimiter limiter,
    FaultScript faults,
    ReplyPlanner planner,
    GenericResponder responder,
    RequestLog log,
    TimeProvider time)
{
    private static readonly ModelAbilities Abilities = new(Tools: true, Json: true, ImageOutput: false);

    public async Task HandleAsync(HttpContext context)
    {
        var name = (string)context.Request.RouteValues["provider"]!;
        var trace = log.Start(name, context.Request.Path);
        try
        {
            await ServeAsync(context, name, trace);
        }
        finally
        {
            log.Record(trace.Complete(context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode));
        }
    }

    private async Task ServeAsync(HttpContext context, string name, RequestTrace trace)
    {
        if (providers.Find(name) is not { } provider)
        {
            GenericErrors.UnknownProvider(name).Write(context.Response);
            return;
        }

        var key = BearerKey.From(context.Request);
        if (key is null || (provider.ApiKeys.Count > 0 && !provider.ApiKeys.Contains(key)))
        {
            GenericErrors.InvalidKey().Write(context.Response);
            return;
        }

        trace.KeySuffix = BearerKey.Suffix(key);
        var (request, problem) = await ChatRequestReader.ReadAsync(context.Request.BodyReader, context.RequestAborted);
        if (request is null)
        {
            GenericErrors.BadRequest(problem!).Write(context.Response);
            return;
        }

        trace.Model = request.Model;
        trace.Stream = request.Stream;
        if (request.Model is null || provider.Find(request.Model) is not { } model)
        {
            GenericErrors.ModelNotFound(request.Model ?? string.Empty).Write(context.Response);
            return;
        }

        var reply = planner.Plan(request, model.Id, Abilities);
        var verdict = limiter.TryConsume(name, model, key, reply.TotalTokens);
        GroqRateLimitHeaders.Write(context.Response, verdict);
        if (!verdict.Allowed)
        {
            trace.Fault = verdict.RefusedBy;
            GenericErrors.RateLimited(model.Id, key, verdict).Write(context.Response);
            return;
        }

        var fault = faults.Draw(name, model.Id, key);
        trace.Fault = fault?.Kind;
        if (fault is not null && Failure(fault, request, model, key) is { } failure)
        {
            failure.Write(context.Response);
            return;
        }

        if (fault?.Kind is FaultKinds.ErrorIn200 or FaultKinds.MidstreamError && !request.Stream)
        {
            JsonResponse.Write(context.Response, StatusCodes.Status200OK, new GenericError(GenericErrors.ServerError()), WireJsonContext.Default.GenericError);
            return;
        }

        if (fault?.Kind == FaultKinds.Stall)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, context.RequestAborted);
        }

        await responder.RespondAsync(context, name, request, model.Id, reply, trace.Sequence, fault);
    }

    private static GenericFailure? Failure(FaultDecision fault, ChatRequest request, GenericModelOptions model, string key) =>
        fault.Kind switch
        {
            FaultKinds.RateLimitMinute or FaultKinds.Upstream429 =>
                GenericErrors.RateLimited(model.Id, key, "requests per minute (RPM)", model.RequestsPerMinute, TimeSpan.FromSeconds(fault.RetryAfterOr(2))),
            FaultKinds.RateLimitDay =>
                GenericErrors.RateLimited(model.Id, key, "requests per day (RPD)", model.RequestsPerDay, TimeSpan.FromSeconds(fault.RetryAfterOr(3600))),
            FaultKinds.Capacity429 => GenericErrors.OverCapacity(fault.RetryAfterOr(10)),
            FaultKinds.Payment402 => GenericErrors.InsufficientQuota(),
            FaultKinds.Forbidden403 => GenericErrors.PermissionDenied(),
            FaultKinds.NoEndpoints404 => GenericErrors.ModelNotFound(request.Model ?? model.Id),
            FaultKinds.BadGateway502 => GenericErrors.BadGateway(fault.RetryAfterOr(5)),
            FaultKinds.Unavailable503 => GenericErrors.Unavailable(fault.RetryAfterOr(30)),
            _ => null,
        };
}
