using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>Cohere's v2 chat: <c>POST {baseUrl}/chat</c> (base <c>https://api.cohere.com/v2</c>) with a bearer key.</summary>
internal sealed class CohereProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : TranslatingProviderAdapter(classifier, guard, time)
{
    public static ParameterSupport Support { get; } = new(
        [.. CommonParameters.Sampling, "seed", "frequency_penalty", "presence_penalty", "tools", "tool_choice", "response_format"],
        [.. CommonParameters.Ignorable, "logprobs", "top_logprobs", "repetition_penalty"],
        CommonParameters.Unanswerable,
        ParameterHandling.Ignored,
        ModelCapabilities.Tools | ModelCapabilities.ToolChoice | ModelCapabilities.ResponseFormat | ModelCapabilities.StructuredOutputs
            | ModelCapabilities.Vision | ModelCapabilities.Reasoning | ModelCapabilities.TextOutput);

    public override string Kind => ProviderKinds.Cohere;

    public override ParameterSupport Parameters => Support;

    protected override void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider) =>
        CohereRequestWriter.Write(json, body, upstreamModelId);

    protected override Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream) => Combine(provider.BaseUrl, "/chat");

    protected override void Authorize(HttpRequestMessage request, ProviderOptions provider) => BearerAuthorize(request, provider);

    protected override ProviderError? ReadError(ReadOnlySpan<byte> body, int status) => CohereErrorReader.Read(body, status);

    protected override TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created) =>
        CohereResponseReader.Read(body, modelId, created);

    protected override StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer) => new CohereStreamTranslator(writer, Classifier);
}
