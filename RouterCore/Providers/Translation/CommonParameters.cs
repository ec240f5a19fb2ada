namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>OpenAI (and OpenRouter) parameters that no translated wire format carries, grouped by what their absence costs.</summary>
internal static class CommonParameters
{
    /// <summary>Bookkeeping and tuning the answer is useful without: left out with a warning.</summary>
    public static IReadOnlyList<string> Ignorable { get; } =
    [
        "user", "metadata", "store", "service_tier", "logit_bias", "parallel_tool_calls", "reasoning_effort", "reasoning",
        "usage", "transforms", "min_p", "top_a", "verbosity", "safety_identifier", "prompt_cache_key", "include_reasoning",
    ];

    /// <summary>Asks for something other than one chat answer (more choices, audio, images, predicted output): refused.</summary>
    public static IReadOnlyList<string> Unanswerable { get; } = ["n", "modalities", "audio", "prediction", "web_search_options"];

    /// <summary>What every translating adapter reads: sampling, limits, stop sequences and the stream's usage option.</summary>
    public static IReadOnlyList<string> Sampling { get; } =
        ["temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens", "stop", "stream_options"];
}
