using System.Text.Json;
using AspireRouter.UpstreamSimulator.Cloudflare;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// Workers AI text embeddings, <c>POST .../ai/run/@cf/baai/bge-...</c> (https://developers.cloudflare.com/workers-ai/models/bge-base-en-v1.5/):
/// <c>text</c>, one string or at most 100; answered in Cloudflare's envelope with <c>result.shape</c>, <c>result.data</c> and
/// <c>result.pooling</c>. Errors as <see cref="CloudflareErrors"/>, faults under provider <c>cloudflare</c>.
/// </summary>
internal sealed class CloudflareEmbeddingsHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
    : EmbeddingsHandler(faults, latencies, log, time)
{
    public const string Provider = "cloudflare";

    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("text", out var text) && EmbeddingJson.Texts(text) is { } texts
            ? (new EmbeddingRequest(pathModel, texts, null), null)
            : (null, "Type mismatch of '/text', 'array' not in 'string', 'array'");

    protected override NativeFailure Unauthorized() => CloudflareErrors.AuthenticationError();

    protected override NativeFailure BadRequest(string problem) => CloudflareErrors.InvalidInput(problem);

    protected override NativeFailure ModelNotFound(string model) => CloudflareErrors.NoSuchModel(model);

    protected override NativeFailure? Failure(FaultDecision fault, EmbeddingModel model) => fault.Kind switch
    {
        FaultKinds.RateLimitDay => CloudflareErrors.DailyAllocationSpent(),
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 or FaultKinds.Capacity429 or FaultKinds.Unavailable503 => CloudflareErrors.OutOfCapacity(),
        FaultKinds.Payment402 => CloudflareErrors.AccountBlocked(),
        FaultKinds.NoEndpoints404 => CloudflareErrors.NoSuchModel(model.Id),
        FaultKinds.BadGateway502 => CloudflareErrors.Internal(),
        _ => null,
    };

    protected override NativeFailure ServerError() => CloudflareErrors.Internal();

    protected override void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens) =>
        EmbeddingJson.Write(response, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("result");
            json.WriteStartArray("shape");
            json.WriteNumberValue(vectors.Length);
            json.WriteNumberValue(model.Dimensions);
            json.WriteEndArray();
            json.WriteStartArray("data");
            foreach (var vector in vectors)
            {
                EmbeddingJson.Vector(json, vector);
            }

            json.WriteEndArray();
            json.WriteString("pooling", "cls");
            json.WriteEndObject();
            json.WriteBoolean("success", true);
            json.WriteStartArray("errors");
            json.WriteEndArray();
            json.WriteStartArray("messages");
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
