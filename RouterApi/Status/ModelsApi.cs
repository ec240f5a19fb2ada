using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Status;

/// <summary><c>GET /v1/models</c> and <c>GET /v1/models/{id}</c> in OpenAI's shape (ids may contain slashes).</summary>
internal static class ModelsApi
{
    public static RouteGroupBuilder MapModelsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/models", async (ModelEntries entries, IOptions<SandboxOptions> options) =>
            TypedResults.Json(
                new ModelList(await entries.AllAsync()) { Sandbox = options.Value.Sandbox ? true : null },
                RouterApiJsonContext.Default.ModelList));
        v1.MapGet("/models/{**id}", GetModelAsync);
        return v1;
    }

    private static async Task GetModelAsync(HttpContext context, string id, ModelEntries entries)
    {
        if (await entries.FindAsync(id) is { } entry)
        {
            await context.Response.WriteAsJsonAsync(entry, RouterApiJsonContext.Default.ModelEntry, contentType: null, context.RequestAborted);
            return;
        }

        await OpenAiErrorResults.InvalidRequestAsync(
            context,
            StatusCodes.Status404NotFound,
            $"The model '{id}' does not exist in the free pool.",
            param: "model",
            code: "model_not_found");
    }
}
