using AspireRouter.UpstreamSimulator.Catalog;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>
/// <c>POST /openrouter/api/v1/chat/completions</c>: authentication, the model's abilities, the account's free-model quotas,
/// scripted faults, then the reply; every request is recorded with what it got.
/// </summary>
internal sealed class OpenRouterChatHandler(
    OpenRouterCatalog catalog,
    FreeModelQuota quota,
    FaultScript faults,
    ReplyPlanner planner,
    OpenRouterResponder responder,
    OpenRouterIdentity identity,
    RequestLog log,
    TimeProvider time,
    IOptions<SimulatorOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var trace = log.Start(OpenRouterNames.Provider, context.Request.Path);
        try
        {
            await ServeAsync(context, trace);
        }
        finally
        {
            log.Record(trace.Complete(context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode));
        }
    }

    private async Task ServeAsync(HttpContext context, RequestTrace trace)
    {
        var key = BearerKey.From(context.Request);
        if (key is null)
        {
            OpenRouterErrors.NoCredentials().Write(context.Response);
            return;
        }

        trace.KeySuffix = BearerKey.Suffix(key);
        if (options.Value.OpenRouter.ApiKeys is { Count: > 0 } keys && !keys.Contains(key))
        {
            OpenRouterErrors.UnknownUser().Write(context.Response);
            return;
        }

        var userId = OpenRouterIdentity.UserId(key);
        var (request, problem) = await ChatRequestReader.ReadAsync(context.Request.BodyReader, context.RequestAborted);
        if (request is null)
        {
            OpenRouterErrors.BadRequest(problem!, userId).Write(context.Response);
            return;
        }

        trace.Model = request.Model;
        trace.Stream = request.Stream;
        if (request.Model is null || !catalog.Current.ById.TryGetValue(request.Model, out var model))
        {
            OpenRouterErrors.InvalidModel(request.Model ?? string.Empty, userId).Write(context.Response);
            return;
        }

        if (Unservable(request, model, userId) is { } unservable)
        {
            unservable.Write(context.Response);
            return;
        }

        if (model.IsFreeVariant && quota.TryConsume(key) is { } limit)
        {
            trace.Fault = limit.Name;
            OpenRouterErrors.FreeModelLimit(limit, userId).Write(context.Response);
            return;
        }

        var fault = faults.Draw(OpenRouterNames.Provider, model.Id, key);
        trace.Fault = fault?.Kind;
        if (fault is not null && Failure(fault, request, model, key, userId) is { } failure)
        {
            failure.Write(context.Response);
            return;
        }

        if (fault?.Kind == FaultKinds.Stall)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, context.RequestAborted);
        }

        var abilities = new ModelAbilities(model.Supports("tools"), model.Supports("response_format") || model.Supports("structured_outputs"), model.OutputModalities.Contains("image"));
        var reply = planner.Plan(request, model.Id, abilities);
        await responder.RespondAsync(context, request, model.Id, reply, trace.Sequence, fault);
    }

    /// <summary>OpenRouter's 400 for a prompt over the context window, and its 404s when no provider of the model can take the request.</summary>
    private static OpenRouterFailure? Unservable(ChatRequest request, CatalogModel model, string userId)
    {
        var promptTokens = TokenEstimator.Count(request.PromptText);
        var completionTokens = request.MaxTokens ?? 0;
        if (model.ContextLength > 0 && promptTokens + completionTokens > model.ContextLength)
        {
            return OpenRouterErrors.ContextLengthExceeded(model.ContextLength, promptTokens, completionTokens, userId);
        }

        if (request.HasTools && !model.Supports("tools"))
        {
            return OpenRouterErrors.NoToolEndpoints(userId);
        }

        if (request.HasImageInput && !model.InputModalities.Contains("image"))
        {
            return OpenRouterErrors.NoImageInputEndpoints(userId);
        }

        return request.Modalities is { } modalities && !modalities.All(model.OutputModalities.Contains)
            ? OpenRouterErrors.NoOutputModalityEndpoints(modalities, userId)
            : null;
    }

    /// <summary>The answer of a fault that fails before any reply; null for the faults that shape the reply itself.</summary>
    private OpenRouterFailure? Failure(FaultDecision fault, ChatRequest request, CatalogModel model, string key, string userId)
    {
        var upstream = identity.UpstreamFor(model.Id);
        return fault.Kind switch
        {
            FaultKinds.RateLimitMinute => OpenRouterErrors.FreeModelLimit(quota.Exhausted(FreeModelLimit.PerMinute, key), userId),
            FaultKinds.RateLimitDay => OpenRouterErrors.FreeModelLimit(quota.Exhausted(FreeModelLimit.PerDay, key), userId),
            FaultKinds.Capacity429 => OpenRouterErrors.SharedCapacity(model.Id, upstream, userId),
            FaultKinds.Upstream429 => OpenRouterErrors.UpstreamRateLimited(upstream, fault.RetryAfterOr(10), userId),
            FaultKinds.Payment402 => OpenRouterErrors.InsufficientCredits(request.MaxTokens ?? 4096, userId),
            FaultKinds.Forbidden403 => OpenRouterErrors.KeyLimitExceeded(userId),
            FaultKinds.NoEndpoints404 => OpenRouterErrors.NoEndpoints(model.Id, userId),
            FaultKinds.BadGateway502 => OpenRouterErrors.BadGateway(upstream, fault.RetryAfterOr(5), userId),
            FaultKinds.Unavailable503 => OpenRouterErrors.Unavailable(upstream, fault.RetryAfterOr(30), userId),
            FaultKinds.ErrorIn200 or FaultKinds.MidstreamError when !request.Stream => OpenRouterErrors.ErrorIn200(upstream, userId),
            _ => null,
        };
    }
}
