using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace AspireRouter.Benchmarks;

/// <summary>
/// OpenRouter answered in memory: <c>GET …/models</c> gets the recorded model list (UpstreamSimulator's fixture of 2026-05-01,
/// 29 free models among 371), <c>POST …/chat/completions</c> a finished chat completion with usage, at once and with 200; any
/// other request a 404. Its own allocations per chat answer (the response message, its headers and content) stand in for
/// what a real connection's answer would cost the handler.
/// </summary>
internal sealed class CannedUpstream : HttpMessageHandler
{
    /// <summary>A non-streamed OpenRouter answer, as it sends one for a free model.</summary>
    public static readonly byte[] ChatCompletion = """
        {"id":"gen-1764930012-Xq3lV8m2Rk9pT4wZ1yNc","provider":"Chutes","model":"meta-llama/llama-3.3-70b-instruct:free","object":"chat.completion","created":1764930012,"choices":[{"logprobs":null,"finish_reason":"stop","native_finish_reason":"stop","index":0,"message":{"role":"assistant","content":"Hello! I am an AI assistant, happy to help with whatever you need today.","refusal":null,"reasoning":null}}],"usage":{"prompt_tokens":15,"completion_tokens":17,"total_tokens":32,"cost":0,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"cost_details":{"upstream_inference_cost":null},"completion_tokens_details":{"reasoning_tokens":0,"image_tokens":0}}}
        """u8.ToArray();

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[] _models = RecordedModels();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var path = request.RequestUri!.AbsolutePath;
        var body = request.Method == HttpMethod.Post && path.EndsWith("/chat/completions", StringComparison.Ordinal) ? ChatCompletion
            : request.Method == HttpMethod.Get && path.EndsWith("/models", StringComparison.Ordinal) ? _models
            : null;
        if (body is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    private static byte[] RecordedModels()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("openrouter-models.json")
            ?? throw new InvalidOperationException("The recorded OpenRouter model list is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
