using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// <c>POST /v1/embeddings</c>: validate, resolve model aliases, settle on one model (the one named, or one picked for <c>free:embedding</c>), then run the
/// routing pipeline over that model's providers only and answer in OpenAI's shape, or say why the model could not answer.
/// </summary>
internal sealed class EmbeddingsEndpoint(
    EmbeddingModelCheck modelCheck,
    EmbeddingFit fit,
    EmbeddingAttempt attempt,
    RoutingPipeline pipeline,
    RoutePlanner planner,
    CatalogStore catalog,
    EmbeddingUnavailableResponder unavailable,
    RoutingDecisionRecorder decisions,
    RequestBodyReader bodyReader,
    ModelAliasApplier aliases,
    IOptions<EmbeddingsOptions> options,
    TimeProvider time)
{
    private readonly int _maxInputs = options.Value.MaxInputs;

    public async Task HandleAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        if (!EmbeddingsRequestReader.TryRead(body.WrittenMemory, _maxInputs, out var request, out var error))
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }

        request.Model = aliases.Apply(context, request.Model)!;
        if (modelCheck.Check(request) is { } refusal)
        {
            await OpenAiErrorResults.WriteAsync(context, refusal.Status, refusal.Error);
            return;
        }

        await EmbedAsync(context, request);
    }

    private async Task EmbedAsync(HttpContext context, EmbeddingsRequest request)
    {
        var started = time.GetTimestamp();
        DateTimeOffset? earliestReset = null;
        var model = EmbeddingModelCheck.IsPool(request.Model) ? Pick(request, out earliestReset)
            : catalog.Current.TryGet(request.Model, out var named) ? named
            : null;
        // The request log keeps the model the client asked for (free:embedding, say); the run routes to the one settled on.
        var requested = EmbeddingRouting.To(request.Model);
        if (model is null)
        {
            await unavailable.WriteAsync(context, null, [], earliestReset);
            decisions.Record(context, requested, [], started);
            return;
        }

        var route = EmbeddingModelCheck.IsPool(request.Model) ? EmbeddingRouting.To(model.Id) : requested;

        var run = pipeline.Begin(route, EmbeddingRouting.Without(UnfitProviders(model, request)), started);
        using var embedding = new EmbeddingModelAttempt(attempt, request);
        await pipeline.RunAsync(run, embedding, context.RequestAborted);
        try
        {
            if (embedding.Vectors is { } vectors)
            {
                await RespondAsync(context, request, vectors, embedding.Model!, run);
            }
            else if (run.Rejected is { } failure)
            {
                await ExhaustionResponder.WriteRejectedAsync(context, failure, run.Attempts);
            }
            else
            {
                await unavailable.WriteAsync(context, model.Id, run.Attempts, run.EarliestReset);
            }
        }
        finally
        {
            decisions.Record(context, requested, run.Attempts, started, run.Usage);
        }
    }

    /// <summary>A model for <c>free:embedding</c>: the first of the pool's weighted random sample that fits the request.</summary>
    private ModelInfo? Pick(EmbeddingsRequest request, out DateTimeOffset? earliestReset)
    {
        using var plan = planner.Plan(EmbeddingRouting.Pool, EmbeddingRouting.Requirements);
        foreach (var candidate in plan.Candidates)
        {
            if (fit.Refusal(candidate, request) is null)
            {
                earliestReset = null;
                return candidate;
            }
        }

        earliestReset = plan.EarliestReset;
        return null;
    }

    /// <summary>The providers of the model's other members of its family that cannot take this request (token arrays, say).</summary>
    private List<string> UnfitProviders(ModelInfo model, EmbeddingsRequest request)
    {
        var snapshot = catalog.Current;
        var position = snapshot.IndexOf(model.Id);
        var unfit = new List<string>();
        foreach (var member in position < 0 ? [] : snapshot.FamilyOf(position))
        {
            var other = snapshot.Models[member];
            if (other.Id != model.Id && fit.Refusal(other, request) is not null)
            {
                unfit.Add(other.Provider);
            }
        }

        return unfit;
    }

    private static async Task RespondAsync(HttpContext context, EmbeddingsRequest request, UpstreamEmbeddings vectors, ModelInfo model, RoutingRun run)
    {
        using var payload = EmbeddingsResponseWriter.Write(vectors, model.Id, request.Encoding, run.Usage?.PromptTokens ?? request.EstimatedTokens());
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        RouterHeaders.Write(response, model.Id, model.Provider, run.Attempts.Count);
        response.ContentLength = payload.WrittenCount;
        await response.Body.WriteAsync(payload.WrittenMemory, context.RequestAborted);
    }
}
