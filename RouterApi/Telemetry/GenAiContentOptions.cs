namespace AspireRouter.RouterApi.Telemetry;

/// <summary>What the router's GenAI spans may record (section <c>Telemetry</c>).</summary>
public sealed class GenAiContentOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The conventions' switch for message content, read when <c>Telemetry:CaptureMessageContent</c> is not set.</summary>
    public const string CaptureContentVariable = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";

    /// <summary>
    /// Whether attempt spans carry the prompt and the answer (<c>gen_ai.input.messages</c>, <c>gen_ai.output.messages</c>). Off by
    /// default: prompts and answers are a user's data, for a developer's machine, never a production trace by accident.
    /// </summary>
    public bool CaptureMessageContent { get; set; }

    /// <summary>The most text one span's captured messages hold (UTF-8 bytes each way); a longer prompt or answer is cut.</summary>
    public int MaxCapturedContentBytes { get; set; } = 16 * 1024;
}
