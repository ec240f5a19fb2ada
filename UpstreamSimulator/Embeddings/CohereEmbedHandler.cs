using System.Text.Json;
using AspireRouter.UpstreamSimulator.Cohere;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// Cohere's <c>POST /v2/embed</c> (https://docs.cohere.com/reference/embed): <c>model</c>, <c>texts</c> (at most 96),
/// <c>input_type</c> (required for v3 and later), <c>embedding_types</c> and, for Embed v4, <c>output_dimension</c> of 256, 512,
/// 1024 or 1536; answered with <c>embeddings.float</c> and the billed input tokens. Errors as <see cref="CohereErrors"/>.
/// </summary>
internal sealed class CohereEmbedHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
    : EmbeddingsHandler(faults, latencies, log, time)
{
    private static readonly string[] InputTypes = ["search_document", "search_query", "classification", "clustering"];
    private static readonly int[] V4Dimensions = [256, 512, 1024, 1536];

    protected override string? KeyOf(HttpRequest request) => BearerKey.From(request);

    protected override (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("texts", out var value) || EmbeddingJson.Texts(value) is not { } texts)
        {
            return (null, "invalid request: texts must be an array of strings");
        }

        if (EmbeddingJson.String(body, "input_type") is not { } inputType || !InputTypes.Contains(inputType))
        {
            return (null, "invalid request: input_type must be one of search_document, search_query, classification, clustering");
        }

        if (body.TryGetProperty("embedding_types", out var types) && (types.ValueKind != JsonValueKind.Array || types.EnumerateArray().Any(type => type.GetString() != "float")))
        {
            return (null, "invalid request: the simulator serves embedding_types [\"float\"] only");
        }

        return (new EmbeddingRequest(EmbeddingJson.String(body, "model"), texts, EmbeddingJson.Int(body, "output_dimension")), null);
    }

    protected override bool Accepts(EmbeddingModel model, int dimensions) => model.Id == "embed-v4.0" && V4Dimensions.Contains(dimensions);

    protected override NativeFailure Unauthorized() => CohereErrors.InvalidKey();

    protected override NativeFailure BadRequest(string problem) => CohereErrors.BadRequest(problem);

    protected override NativeFailure ModelNotFound(string model) => CohereErrors.ModelNotFound(model);

    protected override NativeFailure? Failure(FaultDecision fault, EmbeddingModel model) => fault.Kind switch
    {
        FaultKinds.RateLimitMinute or FaultKinds.Upstream429 or FaultKinds.Capacity429 =>
            CohereErrors.TrialLimit(100, monthly: false, TimeSpan.FromSeconds(fault.RetryAfterOr(60))),
        FaultKinds.RateLimitDay => CohereErrors.TrialLimit(1000, monthly: true, TimeSpan.Zero),
        FaultKinds.Payment402 => CohereErrors.PaymentRequired(),
        FaultKinds.NoEndpoints404 => CohereErrors.ModelNotFound(model.Id),
        FaultKinds.BadGateway502 => CohereErrors.Internal(),
        FaultKinds.Unavailable503 => CohereErrors.Unavailable(),
        _ => null,
    };

    protected override NativeFailure ServerError() => CohereErrors.Internal();

    protected override void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens) =>
        EmbeddingJson.Write(response, json =>
        {
            json.WriteStartObject();
            json.WriteString("id", $"embed-{tokens}-{vectors.Length}");
            json.WriteStartObject("embeddings");
            json.WriteStartArray("float");
            foreach (var vector in vectors)
            {
                EmbeddingJson.Vector(json, vector);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("texts");
            foreach (var text in request.Texts)
            {
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
            json.WriteStartObject("meta");
            json.WriteStartObject("api_version");
            json.WriteString("version", "2");
            json.WriteEndObject();
            json.WriteStartObject("billed_units");
            json.WriteNumber("input_tokens", tokens);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("response_type", "embeddings_by_type");
            json.WriteEndObject();
        });
}
