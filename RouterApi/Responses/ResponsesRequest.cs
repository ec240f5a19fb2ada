using System.Text.Json;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// A <c>POST /v1/responses</c> body whose top-level fields have the types OpenAI documents; the elements point into the parsed
/// body, which this owns. Fields that shape nothing the pool does (<c>include</c>, <c>reasoning</c>, ...) are not read.
/// </summary>
internal sealed class ResponsesRequest(JsonDocument document) : IDisposable
{
    public JsonElement Root => document.RootElement;

    public string? Model { get; set; }

    /// <summary>A string or an array of items; absent only when continuing a previous response.</summary>
    public JsonElement? Input { get; set; }

    public string? Instructions { get; set; }

    public bool Stream { get; set; }

    /// <summary>False: nothing is kept (<c>store: false</c>).</summary>
    public bool Store { get; set; } = true;

    public string? PreviousResponseId { get; set; }

    public JsonElement? Tools { get; set; }

    public JsonElement? ToolChoice { get; set; }

    /// <summary>The <c>text</c> object (its <c>format</c>).</summary>
    public JsonElement? Text { get; set; }

    public int? MaxOutputTokens { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public bool? ParallelToolCalls { get; set; }

    public JsonElement? Metadata { get; set; }

    public string? User { get; set; }

    /// <summary>OpenAI's <c>prompt_cache_key</c>: names the conversation for sticky sessions.</summary>
    public string? PromptCacheKey { get; set; }

    /// <summary>The conversation <c>prompt_cache_key</c>, or else <c>user</c>, names, if either is given.</summary>
    public ClientConversation? Conversation =>
        ClientConversation.FirstOf(ConversationSource.PromptCacheKey, PromptCacheKey, ConversationSource.User, User);

    /// <summary>The router's own hints (<c>router</c> object), passed to the chat pipeline as they are.</summary>
    public JsonElement? Router { get; set; }

    public void Dispose() => document.Dispose();
}
