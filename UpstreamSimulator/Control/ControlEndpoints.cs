using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>The control API under <c>/_control</c>: the operations of <see cref="SimulatorControl"/> over HTTP.</summary>
internal static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_control");
        control.MapGet("/requests", Requests);
        control.MapDelete("/requests", (SimulatorControl c) => Done(c.ClearRequests));
        control.MapGet("/faults", (SimulatorControl c) => TypedResults.Ok(c.Faults));
        control.MapPost("/faults", AddFault);
        control.MapDelete("/faults", (SimulatorControl c) => Done(c.ClearFaults));
        control.MapDelete("/faults/{id}", (string id, SimulatorControl c) => c.RemoveFault(id) ? (Results<NoContent, NotFound>)TypedResults.NoContent() : TypedResults.NotFound());
        control.MapPut("/latency", (LatencyRule rule, SimulatorControl c) => Attempt(() => c.SetLatency(rule)));
        control.MapPut("/reply-tokens/{tokens:int}", (int tokens, SimulatorControl c) => Attempt(() => c.SetReplyTokens(tokens)));
        control.MapPut("/openrouter/quota", (OpenRouterQuotaOptions quota, SimulatorControl c) => Attempt(() => c.SetOpenRouterQuota(quota)));
        control.MapPost("/openrouter/models", (JsonObject entry, SimulatorControl c) => Attempt(() => c.AddOpenRouterModel(entry)));
        control.MapDelete("/openrouter/models/{**id}", (string id, SimulatorControl c) => c.RemoveOpenRouterModel(id) ? (Results<NoContent, NotFound>)TypedResults.NoContent() : TypedResults.NotFound());
        control.MapGet("/openrouter/history", (SimulatorControl c) => TypedResults.Ok(c.History));
        control.MapPut("/openrouter/history/day/{day:int}", (int day, SimulatorControl c) => TypedResults.Ok(c.SelectHistoryDay(day)));
        control.MapPut("/providers/{provider}/models", (string provider, GenericModelOptions model, SimulatorControl c) => Attempt(() => c.SetProviderModel(provider, model)));
        control.MapDelete("/providers/{provider}/models/{**id}", RemoveProviderModel);
        control.MapPut("/native/{kind}/models", (string kind, GenericModelOptions model, SimulatorControl c) => Attempt(() => c.SetNativeModel(kind, model)));
        control.MapPost("/reset", (SimulatorControl c) => Done(c.Reset));
        return app;
    }

    private static Ok<RequestLogView> Requests(SimulatorControl control, string? provider, string? model)
    {
        var requests = control.Requests.Where(r => (provider is null || r.Provider == provider) && (model is null || r.Model == model)).ToList();
        return TypedResults.Ok(new RequestLogView(control.TotalRequests, control.RequestCounts(), requests));
    }

    private static Results<Created<FaultCreated>, BadRequest<ControlProblem>> AddFault(FaultRule rule, SimulatorControl control)
    {
        if (FaultRuleValidator.Problem(rule) is { } problem)
        {
            return TypedResults.BadRequest(new ControlProblem(problem));
        }

        var id = control.AddFault(rule);
        return TypedResults.Created($"/_control/faults/{id}", new FaultCreated(id));
    }

    private static Results<NoContent, NotFound<ControlProblem>> RemoveProviderModel(string provider, string id, SimulatorControl control)
    {
        try
        {
            return control.RemoveProviderModel(provider, id) ? TypedResults.NoContent() : TypedResults.NotFound(new ControlProblem($"'{provider}' has no model '{id}'."));
        }
        catch (ArgumentException exception)
        {
            return TypedResults.NotFound(new ControlProblem(exception.Message));
        }
    }

    private static NoContent Done(Action change)
    {
        change();
        return TypedResults.NoContent();
    }

    private static Results<NoContent, BadRequest<ControlProblem>> Attempt(Action change)
    {
        try
        {
            change();
            return TypedResults.NoContent();
        }
        catch (ArgumentException exception)
        {
            return TypedResults.BadRequest(new ControlProblem(exception.Message));
        }
    }
}
