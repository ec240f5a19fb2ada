using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>
/// Google AI Studio's native API: <c>POST {baseUrl}/models/{model}:generateContent</c>, or <c>:streamGenerateContent?alt=sse</c>,
/// with the key in <c>x-goog-api-key</c>.
/// </summary>
internal sealed class GeminiProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : TranslatingProviderAdapter(classifier, guard, time)
{
    public static ParameterSupport Support { get; } = new(
        [.. CommonParameters.Sampling, "seed", "presence_penalty", "frequency_penalty", "tools", "tool_choice", "response_format"],
        [.. CommonParameters.Ignorable, "logprobs", "top_logprobs", "repetition_penalty"],
        CommonParameters.Unanswerable,
        ParameterHandling.Ignored,
        ModelCapabilities.Tools | ModelCapabilities.ToolChoice | ModelCapabilities.ResponseFormat | ModelCapabilities.StructuredOutputs
            | ModelCapabilities.Vision | ModelCapabilities.Reasoning | ModelCapabilities.TextOutput);

    public override string Kind => ProviderKinds.Gemini;

    public override ParameterSupport Parameters => Support;

    protected override void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider) =>
        GeminiRequestWriter.Write(json, body, upstreamModelId);

    protected override Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream) =>
        Combine(provider.BaseUrl, $"/models/{Uri.EscapeDataString(upstreamModelId)}{(stream ? ":streamGenerateContent?alt=sse" : ":generateContent")}");

    protected override void Authorize(HttpRequestMessage request, ProviderOptions provider)
    {
        if (provider.HasKey)
        {
            request.Headers.TryAddWithoutValidation("x-goog-api-key", provider.ApiKey);
        }
    }

    protected override ProviderError? ReadError(ReadOnlySpan<byte> body, int status) => GeminiErrorReader.Read(body, status);

    protected override TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created) =>
        GeminiResponseReader.Read(body, modelId, created);

    protected override StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer) => new GeminiStreamTranslator(writer, Classifier);
}
