using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Starts the client's response: status, content type and the headers that say which model answered after how many attempts, and whether it is the conversation's.</summary>
internal static class ResponseCommitter
{
    public static void Commit(HttpResponse response, ChatRequest request, ModelInfo model, int attempts, string contentType)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        RouterHeaders.Write(response, model.Id, model.Provider, attempts);
        SessionHeaders.Write(response, request, model.Id);
    }
}
