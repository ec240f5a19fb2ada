using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// Hugging Face's feature-extraction task on its own inference provider,
/// <c>POST /hf-inference/models/{model}/pipeline/feature-extraction</c>: <c>inputs</c>, one string or several (and optional
/// <c>normalize</c>); answered with the pooled vectors themselves, one array of numbers per input. Errors are <c>{"error": "..."}</c>.
/// </summary>
internal sealed class HuggingFaceEmbeddingsHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
    : EmbeddingsHandler(faults, latencies, log, time)
{
    public const string Provider = "huggingface";
    public const string Task = "/pipeline/feature-extraction";

    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("inputs", out var inputs) && EmbeddingJson.Texts(inputs) is { } texts
            ? (new EmbeddingRequest(pathModel, texts, null), null)
            : (null, "Failed to deserialize the JSON body into the target type: inputs: data did not match any variant of untagged enum FeatureExtractionInput");

    protected override NativeFailure Unauthorized() => Error(401, "Invalid credentials in Authorization header");

    protected override NativeFailure BadRequest(string problem) => Error(422, problem);

    protected override NativeFailure ModelNotFound(string model) => Error(404, $"Model {model} does not exist");

    protected override NativeFailure? Failure(FaultDecision fault, EmbeddingModel model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.RateLimitDay or FaultKinds.Upstream429 or FaultKinds.Capacity429 =>
            Error(429, "Rate limit reached. You reached free usage limit (reset hourly). Please subscribe to a plan at https://huggingface.co/pricing to use the API at this rate") with { RetryAfterSeconds = fault.RetryAfterSeconds },
        FaultKinds.Payment402 => Error(402, "You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO to get 20x more monthly included credits."),
        FaultKinds.NoEndpoints404 => ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => Error(502, "Bad Gateway"),
        FaultKinds.Unavailable503 => Error(503, $"Model {model.Id} is currently loading") with { RetryAfterSeconds = fault.RetryAfterOr(20) },
        _ => null,
    };

    protected override NativeFailure ServerError() => Error(500, "Internal Server Error");

    protected override void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens) =>
        EmbeddingJson.Write(response, json =>
        {
            json.WriteStartArray();
            foreach (var vector in vectors)
            {
                EmbeddingJson.Vector(json, vector);
            }

            json.WriteEndArray();
        });

    private static NativeFailure Error(int status, string message) => new(status, new JsonObject { ["error"] = message });
}
