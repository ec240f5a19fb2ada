using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// The shape every non-OpenAI adapter shares: check the parameters, read the OpenAI body once, write the provider's body,
/// and read the provider's errors and answers back; a kind supplies only its own wire format.
/// </summary>
internal abstract class TranslatingProviderAdapter(UpstreamFailureClassifier classifier, ParameterGuard guard, TimeProvider time)
    : IProviderAdapter, IResponseTranslator
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public abstract string Kind { get; }

    public abstract ParameterSupport Parameters { get; }

    public IResponseTranslator Responses => this;

    protected UpstreamFailureClassifier Classifier => classifier;

    public HttpRequestMessage CreateChatRequest(ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(buffer);
        guard.Check(provider, Parameters, clientBody);
        var body = OpenAiChatBodyReader.Read(clientBody);
        if (UntranslatablePart(body) is { } part)
        {
            throw UnsupportedParameterException.For($"{part} content", provider);
        }

        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteBody(json, body, upstreamModelId, provider);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, RequestUri(provider, upstreamModelId, body.IsStream))
        {
            Content = new PooledBodyContent(buffer) { Headers = { ContentType = Json } },
        };
        Authorize(request, provider);
        foreach (var (name, value) in provider.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public UpstreamFailure? Classify(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        return ReadError(body, status) is { } error
            ? classifier.Classify(status, response.Headers, error)
            : classifier.Classify(status, response.Headers, body);
    }

    public UpstreamFailure? TranslateCompletion(ReadOnlySpan<byte> body, string modelId, IBufferWriter<byte> output)
    {
        TranslatedCompletion? completion;
        try
        {
            completion = ReadCompletion(body, modelId, time.GetUtcNow().ToUnixTimeSeconds());
        }
        catch (JsonException)
        {
            completion = null;
        }

        if (completion is null)
        {
            return new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = $"The {Kind} answer could not be read." };
        }

        OpenAiCompletionWriter.Write(output, completion);
        return null;
    }

    public TranslatedStream OpenStream(Stream upstream, string modelId, int maxEventBytes)
    {
        var output = new PooledByteBufferWriter(4096);
        var writer = new OpenAiChunkWriter(output, modelId, time.GetUtcNow().ToUnixTimeSeconds());
        return new TranslatedStream(upstream, output, CreateStreamTranslator(writer), maxEventBytes);
    }

    // Text and images are what every translated format carries; audio and files would be dropped without a word.
    private static string? UntranslatablePart(OpenAiChatBody body)
    {
        foreach (var message in body.Messages)
        {
            foreach (var part in message.Content ?? [])
            {
                if (part.Type is not ("text" or "image_url"))
                {
                    return part.Type;
                }
            }
        }

        return null;
    }

    /// <summary>The provider's request body for <paramref name="body"/>.</summary>
    /// <exception cref="UnsupportedParameterException">Something in the body has no place in the provider's format.</exception>
    protected abstract void WriteBody(Utf8JsonWriter json, OpenAiChatBody body, string upstreamModelId, ProviderOptions provider);

    protected abstract Uri RequestUri(ProviderOptions provider, string upstreamModelId, bool stream);

    protected abstract void Authorize(HttpRequestMessage request, ProviderOptions provider);

    /// <summary>The error in the provider's own shape, or null when <paramref name="body"/> is not one (then OpenAI's shape is tried).</summary>
    /// <param name="status">The response's HTTP status.</param>
    protected abstract ProviderError? ReadError(ReadOnlySpan<byte> body, int status);

    /// <summary>The provider's whole answer in OpenAI's terms; null when it is not an answer.</summary>
    /// <exception cref="JsonException">The body is not the provider's answer.</exception>
    protected abstract TranslatedCompletion? ReadCompletion(ReadOnlySpan<byte> body, string modelId, long created);

    protected abstract StreamTranslator CreateStreamTranslator(OpenAiChunkWriter writer);

    protected static Uri Combine(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + path);

    protected static void BearerAuthorize(HttpRequestMessage request, ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(provider);
        if (provider.HasKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
        }
    }
}
