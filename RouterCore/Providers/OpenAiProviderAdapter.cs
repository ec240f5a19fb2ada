using System.Buffers;
using System.Net.Http.Headers;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Providers;

/// <summary>The OpenAI-compatible wire format (OpenRouter, Groq, Cerebras, Mistral, NVIDIA NIM, Ollama's <c>/v1</c>...).</summary>
internal sealed class OpenAiProviderAdapter(UpstreamFailureClassifier classifier) : IProviderAdapter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public string Kind => ProviderKinds.OpenAi;

    public HttpRequestMessage CreateChatRequest(ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(buffer);

        // OpenRouter-style providers understand the client's "provider" preferences; others would reject the unknown field.
        ChatRequestRewriter.Rewrite(clientBody, upstreamModelId, buffer, keepProviderPreferences: provider.CatalogSource == CatalogSourceKind.OpenRouter);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(provider.BaseUrl.TrimEnd('/') + "/chat/completions"))
        {
            Content = new ReadOnlyMemoryContent(buffer.WrittenMemory) { Headers = { ContentType = Json } },
        };
        if (!string.IsNullOrEmpty(provider.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
        }

        foreach (var (name, value) in provider.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public UpstreamFailure? Classify(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(response);
        return classifier.Classify((int)response.StatusCode, response.Headers, body);
    }
}
