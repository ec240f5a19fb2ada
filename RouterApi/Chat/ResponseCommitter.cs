using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Starts the client's response: status, content type and the headers that say which model answered after how many attempts.</summary>
internal static class ResponseCommitter
{
    public static void Commit(HttpResponse response, ModelInfo model, int attempts, string contentType)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        RouterHeaders.Write(response, model.Id, model.Provider, attempts);
    }
}
