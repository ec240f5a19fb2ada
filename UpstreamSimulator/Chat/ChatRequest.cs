using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>What the simulator reads from a chat completion request body.</summary>
internal sealed class ChatRequest
{
    public string? Model { get; init; }

    public bool Stream { get; init; }

    /// <summary><c>stream_options.include_usage</c>: OpenAI-style providers send a usage chunk only when asked.</summary>
    public bool IncludeUsage { get; init; }

    /// <summary><c>max_tokens</c> or <c>max_completion_tokens</c>.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The function tool the reply should call, if the request offers tools and allows a call.</summary>
    public FunctionTool? Tool { get; init; }

    public bool HasTools { get; init; }

    public ResponseFormatKind ResponseFormat { get; init; }

    /// <summary>The JSON schema of a <c>json_schema</c> response format.</summary>
    public JsonElement? ResponseSchema { get; init; }

    public bool HasImageInput { get; init; }

    /// <summary>The role of the last message; after a tool result the model answers in words.</summary>
    public string? LastRole { get; init; }

    /// <summary>All message text, to estimate prompt tokens and to derive the reply.</summary>
    public string PromptText { get; init; } = string.Empty;

    /// <summary>OpenRouter's <c>modalities</c>, e.g. <c>["image","text"]</c>; null when absent.</summary>
    public IReadOnlyList<string>? Modalities { get; init; }

    /// <summary>OpenRouter's <c>image_config.aspect_ratio</c>.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>OpenRouter's <c>image_config.image_size</c> (1K, 2K, 4K).</summary>
    public string? ImageSize { get; init; }

    public long? Seed { get; init; }

    public bool WantsToolCall => Tool is not null && LastRole != "tool";
}
