using System.Text.Json;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Responses;

/// <summary>OpenAI's Responses API: <c>POST /v1/responses</c>, and <c>GET</c>/<c>DELETE /v1/responses/{id}</c> for stored responses.</summary>
internal static class ResponsesApi
{
    public static RouteGroupBuilder MapResponsesApi(this RouteGroupBuilder v1)
    {
        var endpoint = ((IEndpointRouteBuilder)v1).ServiceProvider.GetRequiredService<ResponsesEndpoint>();
        v1.MapPost("/responses", endpoint.CreateAsync).WithMetadata(SpendsUpstreamQuota.Instance);
        v1.MapGet("/responses/{id}", GetAsync);
        v1.MapDelete("/responses/{id}", DeleteAsync);
        return v1;
    }

    private static async Task GetAsync(HttpContext context, string id, ResponseStore store)
    {
        StoredResponse? stored;
        try
        {
            stored = await store.LoadAsync(id, context.RequestAborted);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            await ResponsesEndpoint.StorageUnavailableAsync(context);
            return;
        }

        if (stored is null)
        {
            await NotFoundAsync(context, id);
            return;
        }

        using (stored)
        {
            context.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
            stored.Response.WriteTo(writer);
        }
    }

    private static async Task DeleteAsync(HttpContext context, string id, ResponseStore store)
    {
        bool deleted;
        try
        {
            deleted = await store.DeleteAsync(id);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            await ResponsesEndpoint.StorageUnavailableAsync(context);
            return;
        }

        if (!deleted)
        {
            await NotFoundAsync(context, id);
            return;
        }

        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("object"u8, "response"u8);
        writer.WriteBoolean("deleted"u8, true);
        writer.WriteEndObject();
    }

    private static Task NotFoundAsync(HttpContext context, string id) =>
        OpenAiErrorResults.InvalidRequestAsync(
            context,
            StatusCodes.Status404NotFound,
            $"Response with id '{id}' not found. Stored responses are kept for Responses:Retention, and not at all with store: false.",
            param: null,
            code: null);
}
