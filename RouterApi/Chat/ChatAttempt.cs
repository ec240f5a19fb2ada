using System.Runtime.CompilerServices;
using System.Buffers;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Streaming;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Chat;

/// <summary>One upstream attempt: send the request to a model, and either relay the answer to the client or report why not.</summary>
internal sealed class ChatAttempt(
    UpstreamClient upstream,
    ProviderAdapters adapters,
    AvailabilityTracker tracker,
    ConversationAffinity affinity,
    IOptions<RouterApiOptions> options,
    IOptions<GenAiContentOptions> telemetryOptions,
    IHostApplicationLifetime lifetime,
    TimeProvider time)
{
    private const int ErrorBodyLimit = 64 * 1024;
    private readonly RouterApiOptions _options = options.Value;
    private readonly GenAiContentOptions _telemetry = telemetryOptions.Value;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<AttemptResult> RunAsync(ChatAttemptContext attempt, CancellationToken cancellationToken)
    {
        var adapter = adapters.For(attempt.Provider);
        if (attempt.Lane.Span is { IsAllDataRequested: true } span)
        {
            ChatRequestTags.Add(span, attempt.Body.WrittenMemory, _telemetry);
        }

        using var lowered = MaxTokensCeiling.LoweredFor(attempt.Request, attempt.Model) is { } maxTokens
            ? MaxTokensCeiling.Rewrite(attempt.Body.WrittenMemory, maxTokens)
            : null;
        var clientBody = lowered ?? attempt.Body;
        HttpRequestMessage message;
        try
        {
            message = adapter.CreateChatRequestOwning(
                attempt.Provider, new ReadOnlySequence<byte>(clientBody.WrittenMemory), attempt.Model.UpstreamId, new PooledByteBufferWriter(clientBody.WrittenCount + 128));
        }
        catch (UnsupportedParameterException ex)
        {
            return AttemptResult.Failed(UpstreamFailure.UnsupportedParameter(ex.Message));
        }

        using var request = message;
        // The lane's own token is cancelled when the time is up: no token source of the attempt's own, linked to the lane's.
        attempt.Lane.LimitTime(attempt.TimeLimit < _options.AttemptTimeout ? attempt.TimeLimit : _options.AttemptTimeout, time);
        var started = time.GetTimestamp();
        try
        {
            using var response = await upstream.SendAsync(request, cancellationToken);

            // The response came, so the body is sent, or its last send under way: it goes back to the pool now, not when a long stream ends.
            request.Content?.Dispose();
            tracker.RecordRateLimitHeaders(attempt.Model.Id, attempt.Model.Provider, response.Headers, attempt.Key);
            if (!response.IsSuccessStatusCode)
            {
                return await FailedResponseAsync(adapter, response, cancellationToken);
            }

            return attempt.Request.Stream
                ? await StreamAsync(attempt, adapter, response, started, cancellationToken)
                : await CompleteAsync(attempt, adapter, response, started, cancellationToken);
        }
        // The lane's time limit, or a timeout of the connection's own (its token not cancelled): not the client's leaving or the lane's losing.
        catch (OperationCanceledException) when (attempt.Lane.TimedOut || !cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.Failed(UpstreamFailure.Timeout());
        }
        catch (HttpRequestException ex)
        {
            return AttemptResult.Failed(UpstreamFailure.ConnectError(ex.Message));
        }
        catch (UpstreamStreamException ex) when (!attempt.HttpContext.Response.HasStarted)
        {
            return AttemptResult.Failed(ex.Failure);
        }
        catch (IOException ex) when (!attempt.HttpContext.Response.HasStarted)
        {
            return AttemptResult.Failed(UpstreamFailure.ConnectError($"The upstream stream broke before the first token: {ex.Message}"));
        }
    }

    private static async ValueTask<AttemptResult> FailedResponseAsync(IProviderAdapter adapter, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await LimitedBodyReader.ReadAsync(response.Content, ErrorBodyLimit, cancellationToken);
        var failure = adapter.Classify(response, body is null ? default : body.WrittenSpan)
            ?? new UpstreamFailure(UpstreamFailureKind.ServerError) { StatusCode = (int)response.StatusCode };
        return failure.IsRetryable ? AttemptResult.Failed(failure) : AttemptResult.Rejected(failure);
    }

    // The headers came: the first byte is in, and the body gets its own timeout; a body too slow is slow, not a failure to fall back from.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<AttemptResult> CompleteAsync(
        ChatAttemptContext attempt, IProviderAdapter adapter, HttpResponseMessage response, long started, CancellationToken cancellationToken)
    {
        attempt.Lane.MarkFirstByte();
        var left = attempt.TimeLimit - time.GetElapsedTime(started);
        var bodyLimit = left < _options.BodyTimeout ? left : _options.BodyTimeout;
        attempt.Lane.LimitTime(bodyLimit, time);
        PooledByteBufferWriter? read;
        try
        {
            read = await LimitedBodyReader.ReadAsync(response.Content, _options.MaxResponseBodyBytes, cancellationToken);
        }
        catch (OperationCanceledException) when (attempt.Lane.TimedOut || !cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(AttemptResultKind.Rejected, UpstreamFailure.SlowBody(bodyLimit), time.GetElapsedTime(started));
        }

        using var body = read;
        if (body is null)
        {
            return AttemptResult.Failed(new UpstreamFailure(UpstreamFailureKind.ServerError) { Message = "The response was larger than Router:MaxResponseBodyBytes." });
        }

        if (adapter.Classify(response, body.WrittenSpan) is { } failure)
        {
            return AttemptResult.Failed(failure);
        }

        if (adapter.Responses is { } translator)
        {
            return await TranslateAsync(attempt, translator, body, started);
        }

        var latency = time.GetElapsedTime(started);
        TokenUsage? usage = UsageReader.TryRead(body.WrittenSpan, out var reported) ? reported : null;
        TagAnswer(attempt.Lane, body);
        if (attempt.Lane.TryCommit() is not { } attempts)
        {
            return AttemptResult.Outrun;
        }

        Commit(attempt, attempts, "application/json");
        await WriteAnswerAsync(attempt, body, PublicIdDiffers(attempt.Model));
        return AttemptResult.Served(latency, usage);
    }

    // A provider with its own wire format: its answer becomes OpenAI's chat.completion before anything is committed.
    private async ValueTask<AttemptResult> TranslateAsync(ChatAttemptContext attempt, IResponseTranslator translator, PooledByteBufferWriter body, long started)
    {
        using var translated = new PooledByteBufferWriter(body.WrittenCount + 512);
        if (translator.TranslateCompletion(body.WrittenSpan, attempt.Model.Id, translated) is { } failure)
        {
            return AttemptResult.Failed(failure);
        }

        var latency = time.GetElapsedTime(started);
        TokenUsage? usage = UsageReader.TryRead(translated.WrittenSpan, out var reported) ? reported : null;
        TagAnswer(attempt.Lane, translated);
        if (attempt.Lane.TryCommit() is not { } attempts)
        {
            return AttemptResult.Outrun;
        }

        Commit(attempt, attempts, "application/json");
        await WriteAnswerAsync(attempt, translated, rewriteModel: false);
        return AttemptResult.Served(latency, usage);
    }

    // The committed answer, in OpenAI's chat format: written as it is, with the public model id, or in the client's format.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask WriteAnswerAsync(ChatAttemptContext attempt, PooledByteBufferWriter completion, bool rewriteModel)
    {
        if (attempt.Format is null && !rewriteModel)
        {
            await WriteBodyAsync(attempt.HttpContext, completion);
            return;
        }

        using var answer = new PooledByteBufferWriter(completion.WrittenCount + 256);
        if (attempt.Format is { } format)
        {
            format.WriteCompletion(completion.WrittenSpan, attempt.Model.Id, answer);
        }
        else if (!ResponseModelRewriter.TryRewrite(completion.WrittenSpan, attempt.Model.Id, answer))
        {
            await WriteBodyAsync(attempt.HttpContext, completion);
            return;
        }

        await WriteBodyAsync(attempt.HttpContext, answer);
    }

    private static ValueTask WriteBodyAsync(HttpContext context, PooledByteBufferWriter body)
    {
        context.Response.ContentLength = body.WrittenCount;
        return context.Response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
    }

    private async ValueTask<AttemptResult> StreamAsync(
        ChatAttemptContext attempt, IProviderAdapter adapter, HttpResponseMessage response, long started, CancellationToken cancellationToken)
    {
        var upstreamStream = new IdleTimeoutStream(await response.Content.ReadAsStreamAsync(cancellationToken), _options.StreamIdleTimeout, time);
        var translated = adapter.Responses?.OpenStream(upstreamStream, attempt.Model.Id, _options.MaxStreamEventBytes);
        await using var stream = translated ?? (Stream)upstreamStream;
        using var events = new SseReadBuffer(stream, _options.MaxStreamEventBytes, upstreamStream);
        var span = attempt.Lane.Span is { IsAllDataRequested: true } recorded ? recorded : null;
        var transcript = span is null ? null : new ChatTranscript(_telemetry);
        var relay = new StreamRelay(
            attempt.HttpContext,
            new StreamFailureClassifier(adapter, response, translated),
            translated is null && attempt.Format is null && PublicIdDiffers(attempt.Model) ? attempt.Model.Id : null,
            transcript,
            attempt.Format?.OpenStream(attempt.Model.Id));
        if (await relay.AwaitFirstChunkAsync(events, cancellationToken) is { } failure)
        {
            return AttemptResult.Failed(failure);
        }

        // The first token arrived: from here on the stream may run as long as the model generates, unless another attempt answered
        // first. The time limit has no job left: its timer goes now, not at the stream's end, and the lane's token stops the upstream
        // reads only when the client leaves or the stream goes idle. A limit reached as the token came has already cancelled them.
        if (!attempt.Lane.StopTimeLimit())
        {
            return AttemptResult.Failed(UpstreamFailure.Timeout());
        }

        upstreamStream.Arm(attempt.Lane);
        var timeToFirstToken = time.GetElapsedTime(started);
        if (attempt.Lane.TryCommit() is not { } attempts)
        {
            return AttemptResult.Outrun;
        }

        Commit(attempt, attempts, "text/event-stream");
        attempt.HttpContext.Response.Headers.CacheControl = "no-cache";

        // A stop ends the stream at once with an error event that says why, rather than cut without one when the drain runs out.
        using (lifetime.ApplicationStopping.UnsafeRegister(static stream => ((IdleTimeoutStream)stream!).StopForShutdown(), upstreamStream))
        {
            await relay.RelayAsync(events, attempt.HttpContext.RequestAborted);
        }

        if (span is not null)
        {
            transcript!.Tag(span);
        }

        var generating = time.GetElapsedTime(started) - timeToFirstToken;
        var tokens = relay.Usage?.CompletionTokens ?? relay.DataChunks;
        return AttemptResult.Served(timeToFirstToken, relay.Usage, relay.MidStreamFailure) with
        {
            TokensPerSecond = tokens > 1 && generating > TimeSpan.Zero ? (tokens - 1) / generating.TotalSeconds : null,
        };
    }

    // The conversation sticks to this model and key before the client can read the answer, so that its next turn finds them on any replica.
    private void Commit(ChatAttemptContext attempt, int attempts, string contentType)
    {
        ResponseCommitter.Commit(attempt.HttpContext.Response, attempt.Request, attempt.Model, attempts, contentType);
        affinity.Remember(attempt.Request, attempt.Model.Id, attempt.Key.Number);
    }

    private void TagAnswer(AttemptLane lane, PooledByteBufferWriter answer)
    {
        if (lane.Span is { IsAllDataRequested: true } span)
        {
            ChatResponseTags.Add(span, answer.WrittenMemory, _telemetry);
        }
    }

    private static bool PublicIdDiffers(ModelInfo model) => !string.Equals(model.Id, model.UpstreamId, StringComparison.Ordinal);
}
