using System.Runtime.InteropServices;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Generic;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// OpenAI's <c>POST /v1/embeddings</c> as OpenAI-compatible providers (Mistral, NVIDIA) serve it: <c>input</c> a string,
/// strings, or token arrays; <c>dimensions</c> for Matryoshka models; <c>encoding_format</c> <c>float</c> or <c>base64</c>
/// (little-endian float32); <c>usage</c> with the prompt tokens. Errors in OpenAI's shape, as the provider's chat sends them.
/// </summary>
internal sealed class OpenAiEmbeddingsHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
    : EmbeddingsHandler(faults, latencies, log, time)
{
    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("input", out var input))
        {
            return (null, "'input' is a required property");
        }

        var texts = EmbeddingJson.Texts(input) ?? TokenTexts(input);
        if (texts is null)
        {
            return (null, "'input' must be a string, an array of strings, or an array of token arrays");
        }

        var format = EmbeddingJson.String(body, "encoding_format");
        return format is null or "float" or "base64"
            ? (new EmbeddingRequest(EmbeddingJson.String(body, "model"), texts, EmbeddingJson.Int(body, "dimensions")) { Base64 = format == "base64" }, null)
            : (null, $"'{format}' is not one of ['float', 'base64'] - 'encoding_format'");
    }

    protected override NativeFailure Unauthorized() => GenericErrors.InvalidKey().ToNative();

    protected override NativeFailure BadRequest(string problem) => GenericErrors.BadRequest(problem).ToNative();

    protected override NativeFailure ModelNotFound(string model) => GenericErrors.ModelNotFound(model).ToNative();

    protected override NativeFailure? Failure(FaultDecision fault, EmbeddingModel model) => (fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 =>
            GenericErrors.RateLimited(model.Id, "embeddings", "requests per minute (RPM)", 60, TimeSpan.FromSeconds(fault.RetryAfterOr(2))),
        FaultKinds.RateLimitDay =>
            GenericErrors.RateLimited(model.Id, "embeddings", "requests per day (RPD)", 1000, TimeSpan.FromSeconds(fault.RetryAfterOr(3600))),
        FaultKinds.Capacity429 => GenericErrors.OverCapacity(fault.RetryAfterOr(10)),
        FaultKinds.Payment402 => GenericErrors.InsufficientQuota(),
        FaultKinds.NoEndpoints404 => GenericErrors.ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => GenericErrors.BadGateway(fault.RetryAfterOr(5)),
        FaultKinds.Unavailable503 => GenericErrors.Unavailable(fault.RetryAfterOr(30)),
        _ => null,
    })?.ToNative();

    protected override NativeFailure ServerError() => new GenericFailure(500, GenericErrors.ServerError()).ToNative();

    protected override void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens) =>
        EmbeddingJson.Write(response, json =>
        {
            json.WriteStartObject();
            json.WriteString("object", "list");
            json.WriteStartArray("data");
            for (var i = 0; i < vectors.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("object", "embedding");
                json.WriteNumber("index", i);
                if (request.Base64)
                {
                    json.WriteBase64String("embedding", MemoryMarshal.AsBytes(vectors[i].AsSpan()));
                }
                else
                {
                    json.WritePropertyName("embedding");
                    EmbeddingJson.Vector(json, vectors[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("model", model.Id);
            json.WriteStartObject("usage");
            json.WriteNumber("prompt_tokens", tokens);
            json.WriteNumber("total_tokens", tokens);
            json.WriteEndObject();
            json.WriteEndObject();
        });

    // OpenAI's token input, one array of token ids or an array of them; the simulator embeds their decimal spelling.
    private static List<string>? TokenTexts(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Array || input.GetArrayLength() == 0)
        {
            return null;
        }

        if (input[0].ValueKind == JsonValueKind.Number)
        {
            return Tokens(input) is { } single ? [single] : null;
        }

        var texts = new List<string>();
        foreach (var item in input.EnumerateArray())
        {
            if (Tokens(item) is not { } text)
            {
                return null;
            }

            texts.Add(text);
        }

        return texts;
    }

    private static string? Tokens(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            return null;
        }

        var ids = new List<string>(array.GetArrayLength());
        foreach (var token in array.EnumerateArray())
        {
            if (token.ValueKind != JsonValueKind.Number || !token.TryGetInt32(out var id) || id < 0)
            {
                return null;
            }

            ids.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "tokens:" + string.Join(' ', ids);
    }
}
