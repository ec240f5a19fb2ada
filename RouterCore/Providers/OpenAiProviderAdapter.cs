using System.Buffers;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// The OpenAI-compatible wire format (OpenRouter, Groq, Cerebras, Mistral, NVIDIA NIM, Hugging Face, Ollama's <c>/v1</c>...):
/// the body is copied with the upstream model id, answers are relayed as they are. A provider's differences are settings
/// (<see cref="ProviderOptions.Parameters"/>): parameters ignored, rejected or renamed.
/// </summary>
internal sealed class OpenAiProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard) : IProviderAdapter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly ConditionalWeakTable<ProviderOptions, FieldRules> _rules = [];
    private readonly ConditionalWeakTable<ProviderOptions, Uri> _endpoints = [];

    public string Kind => ProviderKinds.OpenAi;

    public ParameterSupport Parameters => ParameterSupport.PassThrough;

    public IResponseTranslator? Responses => null;

    public HttpRequestMessage CreateChatRequest(ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(buffer);
        guard.Check(provider, Parameters, clientBody);

        // OpenRouter-style providers understand the client's "provider" preferences; others would reject the unknown field.
        ChatRequestRewriter.Rewrite(
            clientBody,
            upstreamModelId,
            buffer,
            keepProviderPreferences: provider.CatalogSource == CatalogSourceKind.OpenRouter,
            provider.Parameters.IsEmpty ? null : _rules.GetValue(provider, RulesOf));

        // The URL is parsed once per provider key, not per request.
        var endpoint = _endpoints.GetValue(provider, static provider => new Uri(provider.BaseUrl.TrimEnd('/') + "/chat/completions"));
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new PooledBodyContent(buffer) { Headers = { ContentType = Json } },
        };
        ProviderRequestHeaders.Apply(request, provider, keyHeader: null);
        return request;
    }

    public UpstreamFailure? Classify(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(response);
        return classifier.Classify((int)response.StatusCode, response.Headers, body);
    }

    private static FieldRules RulesOf(ProviderOptions provider) =>
        new(provider.Parameters.Ignore.ToHashSet(StringComparer.Ordinal), provider.Parameters.Rename);
}
