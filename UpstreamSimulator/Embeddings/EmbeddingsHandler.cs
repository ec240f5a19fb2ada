using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// The embeddings endpoint of a provider, in its own wire format: key, body, model, batch size and dimensions, scripted faults
/// (the provider's and model's, as for chat), then the vectors after the model's first-token latency. Every request is logged.
/// </summary>
internal abstract class EmbeddingsHandler(FaultScript faults, LatencyBook latencies, RequestLog log, TimeProvider time)
{
    /// <param name="provider">The provider's name in paths, faults, latency rules and the request log.</param>
    /// <param name="pathModel">The model when the path names it (Gemini, Workers AI, Hugging Face).</param>
    public async Task HandleAsync(HttpContext context, string provider, string? pathModel)
    {
        var trace = log.Start(provider, context.Request.Path);
        trace.Model = pathModel;
        try
        {
            await ServeAsync(context, provider, pathModel, trace);
        }
        finally
        {
            log.Record(trace.Complete(context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode));
        }
    }

    protected abstract string? KeyOf(HttpRequest request);

    /// <summary>The request in the simulator's terms, or why the provider refuses it as malformed.</summary>
    protected abstract (EmbeddingRequest? Request, string? Problem) Read(JsonElement body, string? pathModel);

    protected abstract NativeFailure Unauthorized();

    protected abstract NativeFailure BadRequest(string problem);

    protected abstract NativeFailure ModelNotFound(string model);

    /// <summary>The error a scripted fault answers with; null for the faults that break an answer instead (then <see cref="ServerError"/>).</summary>
    protected abstract NativeFailure? Failure(FaultDecision fault, EmbeddingModel model);

    protected abstract NativeFailure ServerError();

    /// <summary>Whether the provider takes <paramref name="dimensions"/> for <paramref name="model"/>.</summary>
    protected virtual bool Accepts(EmbeddingModel model, int dimensions) => model.Accepts(dimensions);

    /// <summary>Writes the vectors, one per text in order, in the provider's shape.</summary>
    protected abstract void Respond(HttpResponse response, EmbeddingModel model, EmbeddingRequest request, float[][] vectors, int tokens);

    private async Task ServeAsync(HttpContext context, string provider, string? pathModel, RequestTrace trace)
    {
        if (KeyOf(context.Request) is not { } key)
        {
            Unauthorized().Write(context.Response);
            return;
        }

        trace.KeySuffix = BearerKey.Suffix(key);
        using var document = await ReadJsonAsync(context);
        var (request, problem) = document is null ? (null, "The request body is not valid JSON.") : Read(document.RootElement, pathModel);
        if (request is null)
        {
            BadRequest(problem ?? "Invalid request.").Write(context.Response);
            return;
        }

        trace.Model = request.Model;
        if (EmbeddingModels.Find(provider, request.Model) is not { } model)
        {
            ModelNotFound(request.Model ?? "").Write(context.Response);
            return;
        }

        if (Refusal(model, request) is { } refusal)
        {
            BadRequest(refusal).Write(context.Response);
            return;
        }

        var fault = faults.Draw(provider, model.Id, key);
        trace.Fault = fault?.Kind;
        if (fault is not null)
        {
            if (fault.Kind == FaultKinds.Stall)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, time, context.RequestAborted);
            }

            (Failure(fault, model) ?? ServerError()).Write(context.Response);
            return;
        }

        await SimulatedLatency.Wait(latencies.For(provider, model.Id).TimeToFirstToken, time, context.RequestAborted);
        var dimensions = request.Dimensions ?? model.Dimensions;
        var vectors = new float[request.Texts.Count][];
        var tokens = 0;
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = EmbeddingVector.For(model.Id, request.Texts[i], model.Dimensions, dimensions);
            tokens += TokenEstimator.Count(request.Texts[i]);
        }

        Respond(context.Response, model, request, vectors, tokens);
    }

    private string? Refusal(EmbeddingModel model, EmbeddingRequest request) =>
        request.Texts.Count == 0 ? "The input must not be empty."
        : request.Texts.Count > model.MaxInputs ? $"Too many inputs: {request.Texts.Count}; {model.Id} takes at most {model.MaxInputs} per request."
        : request.Dimensions is { } dimensions && dimensions != model.Dimensions && !Accepts(model, dimensions)
            ? $"{model.Id} does not support {dimensions} output dimensions."
            : null;

    private static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
