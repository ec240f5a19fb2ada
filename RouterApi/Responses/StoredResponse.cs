using System.Text.Json;

namespace AspireRouter.RouterApi.Responses;

/// <summary>A response read back from the store: the response object as it was answered, and its conversation in chat messages.</summary>
internal sealed class StoredResponse(JsonDocument record) : IDisposable
{
    /// <summary>The response object (<c>GET /v1/responses/{id}</c>).</summary>
    public JsonElement Response => record.RootElement.GetProperty(ResponseRecord.ResponseProperty);

    /// <summary>The chat messages that led to the response and its answer, without the request's <c>instructions</c>.</summary>
    public JsonElement Conversation => record.RootElement.GetProperty(ResponseRecord.ConversationProperty);

    public void Dispose() => record.Dispose();
}
