using System.Globalization;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>Starts the client's response: status, content type and the headers that say which model answered after how many attempts.</summary>
internal static class ResponseCommitter
{
    public static void Commit(HttpResponse response, ModelInfo model, int attempts, string contentType)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        WriteRouterHeaders(response, model.Id, model.Provider, attempts);
    }

    public static void WriteRouterHeaders(HttpResponse response, string? model, string? provider, int attempts)
    {
        var headers = response.Headers;
        if (model is not null)
        {
            headers[RouterHeaders.Model] = model;
        }

        if (provider is not null)
        {
            headers[RouterHeaders.Provider] = provider;
        }

        headers[RouterHeaders.Attempts] = attempts.ToString(CultureInfo.InvariantCulture);
    }
}
