using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>
/// Cloudflare Workers AI: <c>POST {baseUrl}/run/{model}</c> with a bearer API token, where the base URL is
/// <c>https://api.cloudflare.com/client/v4/accounts/{account_id}/ai</c>.
/// </summary>
internal sealed class CloudflareProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : TranslatingProviderAdapter(classifier, guard, time)
{
    // No stop sequences and no forced tool choice in Workers AI's input; images are not read from chat messages.
    public static ParameterSupport Support { get; } = new(
        ["temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens", "stream_options", "seed", "frequency_penalty",
            "presence_penalty", "repetition_penalty", "tools", "response_format"],
        [.. CommonParameters.Ignorable, "stop", "tool_choice"],
        [.. CommonParameters.Unanswerable, "logprobs", "top_logprobs"],
        ParameterHandling.Ignored,
        ModelCapabilities.Tools | ModelCapabilities.ResponseFormat | ModelCapabilities.StructuredOutputs | ModelCapabilities.Reasoning
            | ModelCapabilities.TextOutput);

    public override string Kind => ProviderKinds.Cloudflare;

    public override ParameterSupport Parameters => Support;

    protected override void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider) =>
        CloudflareRequestWriter.Write(json, body, provider);

    // Model ids keep their slashes (@cf/meta/llama-3.3-70b-instruct-fp8-fast): they are path segments.
    protected override Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream) => Combine(provider.BaseUrl, "/run/" + upstreamModelId);

    protected override void Authorize(HttpRequestMessage request, ProviderOptions provider) => BearerAuthorize(request, provider);

    protected override ProviderError? ReadError(ReadOnlySpan<byte> body, int status) => CloudflareErrorReader.Read(body, status);

    protected override TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created) =>
        CloudflareResponseReader.Read(body, modelId, created);

    protected override StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer) => new CloudflareStreamTranslator(writer, Classifier);
}
