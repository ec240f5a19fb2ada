using System.Text.Json;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>
/// OpenAI's <c>POST {base}/embeddings</c> as OpenRouter, Mistral and NVIDIA serve it: <c>input</c> always an array (texts or token
/// arrays), vectors asked for as floats, <c>dimensions</c> and <c>user</c> passed on; <c>data[].embedding</c> and <c>usage</c> back.
/// </summary>
internal sealed class OpenAiEmbeddingAdapter : IEmbeddingApiAdapter
{
    public EmbeddingApi Api => EmbeddingApi.OpenAi;

    public bool AcceptsTokens => true;

    public bool ChoosesDimensions => true;

    public HttpRequestMessage CreateRequest(EmbeddingCall call, PooledByteBufferWriter body) =>
        UpstreamEmbeddingRequest.Post(call.Provider, call.BaseUrl + "/embeddings", body, writer =>
        {
            var request = call.Request;
            writer.WriteString("model", call.Model.UpstreamId);
            if (request.HasTokens)
            {
                WriteTokens(writer, request);
            }
            else
            {
                UpstreamEmbeddingRequest.WriteTexts(writer, "input", call);
            }

            writer.WriteString("encoding_format", "float");
            if (request.Dimensions is { } dimensions && dimensions != call.Model.Dimensions)
            {
                writer.WriteNumber("dimensions", dimensions);
            }

            if (request.User is { } user)
            {
                writer.WriteString("user", user);
            }
        });

    public UpstreamEmbeddings? Read(ReadOnlyMemory<byte> body, EmbeddingCall call)
    {
        using var document = JsonBody.TryParse(body);
        if (document is null || !document.RootElement.TryGet("data", JsonValueKind.Array, out var data))
        {
            return null;
        }

        int? tokens = document.RootElement.TryGet("usage", JsonValueKind.Object, out var usage)
            && usage.Value.TryGet("prompt_tokens", JsonValueKind.Number, out var prompt) && prompt.Value.TryGetInt32(out var counted)
            ? counted
            : null;
        return UpstreamEmbeddings.Read(data.Value, "embedding", tokens);
    }

    private static void WriteTokens(Utf8JsonWriter writer, EmbeddingsRequest request)
    {
        writer.WriteStartArray("input");
        foreach (var input in request.Inputs)
        {
            writer.WriteStartArray();
            foreach (var token in input.Tokens!)
            {
                writer.WriteNumberValue(token);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
