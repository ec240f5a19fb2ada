using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>Ollama's native API: <c>POST {baseUrl}/api/chat</c> (base <c>http://localhost:11434</c>), NDJSON when streaming.</summary>
internal sealed class OllamaProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : TranslatingProviderAdapter(classifier, guard, time)
{
    public static ParameterSupport Support { get; } = new(
        [.. CommonParameters.Sampling, "seed", "frequency_penalty", "presence_penalty", "repetition_penalty", "tools", "response_format"],
        [.. CommonParameters.Ignorable, "tool_choice"],
        [.. CommonParameters.Unanswerable, "logprobs", "top_logprobs"],
        ParameterHandling.Ignored,
        ModelCapabilities.Tools | ModelCapabilities.ResponseFormat | ModelCapabilities.StructuredOutputs | ModelCapabilities.Vision
            | ModelCapabilities.Reasoning | ModelCapabilities.TextOutput);

    public override string Kind => ProviderKinds.Ollama;

    public override ParameterSupport Parameters => Support;

    protected override void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider) =>
        OllamaRequestWriter.Write(json, body, upstreamModelId, provider);

    protected override Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream) => Combine(provider.BaseUrl, "/api/chat");

    // Ollama itself needs no key; one is sent when set, for Ollama's cloud or a proxy in front.
    protected override void Authorize(HttpRequestMessage request, ProviderOptions provider) => BearerAuthorize(request, provider);

    protected override ProviderError? ReadError(ReadOnlySpan<byte> body, int status) => OllamaResponseReader.ReadError(body, status);

    protected override TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created) =>
        OllamaResponseReader.Read(body, modelId, created);

    protected override StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer) => new OllamaStreamTranslator(writer, Classifier);
}
