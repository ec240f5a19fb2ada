namespace AspireRouter.RouterApi.Responses;

/// <summary>OpenAI Responses API settings (section <c>Responses</c>).</summary>
public sealed class ResponsesOptions
{
    public const string SectionName = "Responses";

    /// <summary>How long a stored response (and its conversation) can be read back or continued with <c>previous_response_id</c>.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(1);
}
