using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Gemini;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// Google's <c>POST /v1beta/models/{model}:batchEmbedContents</c> (https://ai.google.dev/api/embeddings): <c>requests</c>, each
/// with <c>model</c> (<c>models/{model}</c>, the path's), <c>content.parts[].text</c> and an optional <c>outputDimensionality</c>;
/// answered with <c>embeddings[].values</c> and no token counts. Errors as <see cref="GeminiErrors"/>.
/// </summary>
internal sealed class GeminiEmbeddingsHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
    : EmbeddingsHandler(faults, latencies, log, time)
{
    public const string Method = ":batchEmbedContents";

    protected override string? KeyOf(HttpRequest request) =>
        request.Headers["x-goog-api-key"].FirstOrDefault() is { Length: > 0 } key ? key : request.Query["key"].FirstOrDefault();

    protected override (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
        {
            return (null, "Invalid JSON payload received. Unknown name or missing field \"requests\".");
        }

        var texts = new List<string>(requests.GetArrayLength());
        int? dimensions = null;
        foreach (var request in requests.EnumerateArray())
        {
            if (EmbeddingJson.String(request, "model") != $"models/{pathModel}")
            {
                return (null, $"Model in request {texts.Count} does not match the model in the URL (models/{pathModel}).");
            }

            if (Text(request) is not { } text)
            {
                return (null, $"* BatchEmbedContentsRequest.requests[{texts.Count}].content.parts: contents.parts must not be empty.");
            }

            texts.Add(text);
            dimensions = EmbeddingJson.Int(request, "outputDimensionality") ?? dimensions;
        }

        return (new EmbeddingRequest(pathModel, texts, dimensions), null);
    }

    protected override NativeFailure Unauthorized() => GeminiErrors.InvalidKey();

    protected override NativeFailure BadRequest(string problem) => GeminiErrors.InvalidArgument(problem);

    protected override NativeFailure ModelNotFound(string model) => GeminiErrors.Status(404, "NOT_FOUND",
        $"models/{model} is not found for API version v1beta, or is not supported for batchEmbedContents. Call ListModels to see the list of available models and their supported methods.");

    protected override NativeFailure? Failure(FaultDecision fault, EmbeddingModel model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 => GeminiErrors.QuotaExhausted(model.Id, perDay: false, 100, TimeSpan.FromSeconds(fault.RetryAfterOr(30))),
        FaultKinds.RateLimitDay => GeminiErrors.QuotaExhausted(model.Id, perDay: true, 1000, TimeSpan.FromSeconds(fault.RetryAfterOr(3600))),
        FaultKinds.Capacity429 or FaultKinds.Unavailable503 => GeminiErrors.Overloaded(),
        FaultKinds.Payment402 => GeminiErrors.PermissionDenied(),
        FaultKinds.NoEndpoints404 => ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => GeminiErrors.Internal(),
        _ => null,
    };

    protected override NativeFailure ServerError() => GeminiErrors.Internal();

    protected override void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens) =>
        EmbeddingJson.Write(response, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("embeddings");
            foreach (var vector in vectors)
            {
                json.WriteStartObject();
                json.WritePropertyName("values");
                EmbeddingJson.Vector(json, vector);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static string? Text(JsonElement request)
    {
        if (!request.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object
            || !content.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? text = null;
        foreach (var part in parts.EnumerateArray())
        {
            if (EmbeddingJson.String(part, "text") is { } piece)
            {
                text = text is null ? piece : text + piece;
            }
        }

        return text;
    }
}
