using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>An OpenAI chat request as a translating adapter reads it (only the fields some wire format can carry).</summary>
internal sealed record OpenAiChatBody
{
    public IReadOnlyList<OpenAiMessage> Messages { get; init; } = [];

    public bool? Stream { get; init; }

    public double? Temperature { get; init; }

    public double? TopP { get; init; }

    /// <summary>Not OpenAI's, but OpenRouter's and many providers'.</summary>
    public int? TopK { get; init; }

    public int? MaxTokens { get; init; }

    public int? MaxCompletionTokens { get; init; }

    /// <summary>A string or an array of strings.</summary>
    public JsonElement? Stop { get; init; }

    public long? Seed { get; init; }

    public double? FrequencyPenalty { get; init; }

    public double? PresencePenalty { get; init; }

    public double? RepetitionPenalty { get; init; }

    public IReadOnlyList<OpenAiTool>? Tools { get; init; }

    /// <summary>A string (<c>none</c>, <c>auto</c>, <c>required</c>) or <c>{"type":"function","function":{"name":...}}</c>.</summary>
    public JsonElement? ToolChoice { get; init; }

    public bool? ParallelToolCalls { get; init; }

    public OpenAiResponseFormat? ResponseFormat { get; init; }

    public string? User { get; init; }

    public bool IsStream => Stream == true;

    /// <summary><c>max_completion_tokens</c>, else <c>max_tokens</c>.</summary>
    public int? OutputTokenLimit => MaxCompletionTokens ?? MaxTokens;

    public bool HasTools => Tools is { Count: > 0 };

    public IReadOnlyList<string> StopSequences => Stop switch
    {
        { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)],
        _ => [],
    };

    /// <summary>The JSON schema of a <c>json_schema</c> response format, or null.</summary>
    public JsonElement? ResponseSchema => ResponseFormat is { Type: "json_schema", JsonSchema.Schema: { } schema } ? schema : null;

    /// <summary>Whether the client asked for JSON (an object or a schema).</summary>
    public bool WantsJson => ResponseFormat?.Type is "json_object" or "json_schema";
}
