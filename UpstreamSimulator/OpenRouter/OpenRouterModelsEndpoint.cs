using System.Text.Json;
using AspireRouter.UpstreamSimulator.Catalog;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary><c>GET /openrouter/api/v1/models</c>: the catalog as <c>{"data":[...]}</c>, entries exactly as in the fixture; no key needed.</summary>
internal sealed class OpenRouterModelsEndpoint(OpenRouterCatalog catalog, RequestLog log)
{
    public Task HandleAsync(HttpContext context)
    {
        var trace = log.Start(OpenRouterNames.Provider, context.Request.Path);
        if (BearerKey.From(context.Request) is { } key)
        {
            trace.KeySuffix = BearerKey.Suffix(key);
        }

        var query = ModelListQuery.From(context.Request.Query);
        context.Response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteStartArray("data");
            foreach (var model in catalog.Current.Models)
            {
                if (query.Matches(model))
                {
                    json.WriteRawValue(model.Json, skipInputValidation: true);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        log.Record(trace.Complete(StatusCodes.Status200OK));
        return Task.CompletedTask;
    }
}
