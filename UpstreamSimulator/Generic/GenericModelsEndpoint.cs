using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary><c>GET /{provider}/v1/models</c>: OpenAI's model list; like Groq, it needs a key.</summary>
internal sealed class GenericModelsEndpoint(GenericProviderRegistry providers, RequestLog log)
{
    private const long Created = 1735689600;

    public Task HandleAsync(HttpContext context)
    {
        var name = (string)context.Request.RouteValues["provider"]!;
        var trace = log.Start(name, context.Request.Path);
        var key = BearerKey.From(context.Request);
        trace.KeySuffix = key is null ? null : BearerKey.Suffix(key);
        if (providers.Find(name) is not { } provider)
        {
            GenericErrors.UnknownProvider(name).Write(context.Response);
        }
        else if (key is null || (provider.ApiKeys.Count > 0 && !provider.ApiKeys.Contains(key)))
        {
            GenericErrors.InvalidKey().Write(context.Response);
        }
        else
        {
            var models = provider.Models.Select(m => new GenericModelEntry(m.Id, "model", Created, m.OwnedBy, true, m.ContextWindow)).ToList();
            JsonResponse.Write(context.Response, StatusCodes.Status200OK, new GenericModelList("list", models), WireJsonContext.Default.GenericModelList);
        }

        log.Record(trace.Complete(context.Response.StatusCode));
        return Task.CompletedTask;
    }
}
