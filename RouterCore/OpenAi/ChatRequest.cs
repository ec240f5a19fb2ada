using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>What the router needs to know about a chat request, read once from its body; the body itself is forwarded as is.</summary>
public sealed class ChatRequest
{
    /// <summary>The requested model: a model id, a virtual model such as <c>free</c>, or null when absent.</summary>
    public string? Model { get; internal set; }

    /// <summary>OpenRouter's fallback list, in order.</summary>
    public IReadOnlyList<string> Models { get; internal set; } = [];

    public bool Stream { get; internal set; }

    /// <summary>Routes this request to the models <paramref name="other"/> routes to (its aliases resolved, its conversation), e.g. after its body was rewritten.</summary>
    public void RouteLike(ChatRequest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Model = other.Model;
        Models = other.Models;
        Conversation = other.Conversation;
        ConversationSource = other.ConversationSource;
    }

    /// <summary>The conversation the request continues (see <see cref="ConversationIds"/>), or null when nothing identified one.</summary>
    public ulong? Conversation { get; private set; }

    public ConversationSource ConversationSource { get; private set; }

    /// <summary>Names the request's conversation, unless a stronger source already did.</summary>
    public void IdentifyConversation(ConversationSource source, ulong conversation)
    {
        if (source > ConversationSource)
        {
            Conversation = conversation;
            ConversationSource = source;
        }
    }

    /// <summary>The model the conversation stuck to (set by the host): planned first while it is healthy and fits the request.</summary>
    public string? StickyModel { get; set; }

    /// <summary>The number of the provider key that last served the conversation on <see cref="StickyModel"/> (set by the host), or 0 when none is known.</summary>
    public int StickyKeyNumber { get; set; }

    /// <summary>The key to prefer for an attempt at <paramref name="modelId"/>: the conversation's key on its sticky model, else 0 (none).</summary>
    public int PreferredKeyNumber(string modelId) =>
        string.Equals(modelId, StickyModel, StringComparison.Ordinal) ? StickyKeyNumber : 0;

    /// <summary>Whether the conversation may stick to a model: the client did not say <c>router.sticky: false</c>.</summary>
    public bool AllowsSticky => Hints?.Sticky != false;

    public int? MaxTokens { get; internal set; }

    public int? MaxCompletionTokens { get; internal set; }

    public bool HasTools { get; internal set; }

    /// <summary><c>none</c>, <c>auto</c>, <c>required</c> as given, <c>function</c> for an object, or null when absent.</summary>
    public string? ToolChoice { get; internal set; }

    /// <summary><c>response_format.type</c>: <c>text</c>, <c>json_object</c>, <c>json_schema</c>, or null when absent.</summary>
    public string? ResponseFormatType { get; internal set; }

    public bool HasImageInput { get; internal set; }

    public int MessageCount { get; internal set; }

    /// <summary>UTF-8 bytes of the messages' text and the tool definitions (images and other binary parts left out).</summary>
    public long TextBytes { get; internal set; }

    /// <summary>OpenRouter's <c>provider.allow_fallbacks</c>; false keeps the router to the models the client named.</summary>
    public bool AllowFallbacks { get; internal set; } = true;

    /// <summary>From <c>modalities</c>; text unless the client asked only for other modalities.</summary>
    public bool WantsTextOutput { get; internal set; } = true;

    public bool WantsImageOutput { get; internal set; }

    /// <summary>The client's routing hints: the body's <c>router</c> object, with the <c>x-router-*</c> headers filled in by the host.</summary>
    public RoutingHints? Hints { get; set; }

    /// <summary>The prompt's tokens as a real tokenizer counted them (set near a context limit); null leaves the cheap estimate.</summary>
    public long? CountedPromptTokens { get; set; }

    /// <summary>OpenRouter's <c>transforms</c>: true for <c>["middle-out"]</c>, false for a list without it, null when absent.</summary>
    public bool? MiddleOut { get; internal set; }

    /// <summary>
    /// Set by a front end whose clients send a <c>max_tokens</c> meant as "at most" (Anthropic's Messages API, where agents send
    /// 32,000): a model's smaller output limit or remaining context lowers it per attempt (<see cref="MaxTokensCeiling"/>) instead of
    /// ruling the model out, and the request requires room for only <see cref="Requirements.RequirementsReader.CeilingReserveTokens"/>
    /// of it beyond the prompt.
    /// </summary>
    public bool MaxTokensIsCeiling { get; set; }

    /// <summary>A non-null <c>stream_options</c> was given (OpenAI allows it only with <c>stream: true</c>).</summary>
    internal bool HasStreamOptions { get; set; }

    /// <summary>The names of the declared tools, when <c>tools</c> was given.</summary>
    internal List<string>? ToolNames { get; set; }

    /// <summary>Where the conversation's opening (its <c>messages</c> up to the first user message) starts and ends in the body.</summary>
    internal long OpeningStart { get; set; }

    internal long OpeningEnd { get; set; }

    /// <summary>How many messages the opening holds (up to and with the first user message).</summary>
    internal int OpeningMessages { get; set; }

    /// <summary>Whether this is the conversation's first turn: no message follows its first user message.</summary>
    public bool OpensConversation => MessageCount <= OpeningMessages;

    /// <summary>The tool <c>tool_choice</c> names, when it names one.</summary>
    internal string? ChosenTool { get; set; }
}
