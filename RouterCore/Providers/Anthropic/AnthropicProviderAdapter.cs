using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>Anthropic's Messages API: <c>POST {baseUrl}/messages</c> with <c>x-api-key</c> and <c>anthropic-version</c>.</summary>
internal sealed class AnthropicProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : TranslatingProviderAdapter(classifier, guard, time)
{
    public const string ApiVersion = "2023-06-01";

    // No JSON mode, no log probabilities: a client asking for either gets another model.
    public static ParameterSupport Support { get; } = new(
        [.. CommonParameters.Sampling, "tools", "tool_choice", "parallel_tool_calls", "user"],
        [.. CommonParameters.Ignorable.Except(["user", "parallel_tool_calls"]), "seed", "frequency_penalty", "presence_penalty", "repetition_penalty"],
        [.. CommonParameters.Unanswerable, "response_format", "logprobs", "top_logprobs"],
        ParameterHandling.Ignored,
        ModelCapabilities.Tools | ModelCapabilities.ToolChoice | ModelCapabilities.Vision | ModelCapabilities.Reasoning | ModelCapabilities.TextOutput);

    public override string Kind => ProviderKinds.Anthropic;

    public override ParameterSupport Parameters => Support;

    protected override void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider) =>
        AnthropicRequestWriter.Write(json, body, upstreamModelId);

    protected override Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream) => Combine(provider.BaseUrl, "/messages");

    protected override void Authorize(HttpRequestMessage request, ProviderOptions provider)
    {
        if (provider.HasKey)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", provider.ApiKey);
        }

        if (!provider.Headers.ContainsKey("anthropic-version"))
        {
            request.Headers.TryAddWithoutValidation("anthropic-version", ApiVersion);
        }
    }

    protected override ProviderError? ReadError(ReadOnlySpan<byte> body, int status) => AnthropicErrorReader.Read(body, status);

    protected override TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created) =>
        AnthropicResponseReader.Read(body, modelId, created);

    protected override StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer) => new AnthropicStreamTranslator(writer, Classifier);
}
