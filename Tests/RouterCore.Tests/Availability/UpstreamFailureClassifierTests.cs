using System.Net.Http.Headers;
using System.Text;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class UpstreamFailureClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 15, 30, 20, TimeSpan.Zero);
    private static readonly DateTimeOffset NextUtcMidnight = new(2026, 5, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly UpstreamFailureClassifier _classifier = new(new FakeTimeProvider(Now));

    [Fact]
    public void Classify_FreeModelsPerDayWithResetHeader_CoolsTheProviderUntilTheReset()
    {
        var reset = NextUtcMidnight.ToUnixTimeMilliseconds();
        var body = """
            {"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,
              "metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"RESET"}}}}
            """.Replace("RESET", reset.ToString(), StringComparison.Ordinal);

        var failure = Classify(429, body);

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.Equal(NextUtcMidnight, failure.CooldownUntil);
        Assert.True(failure.IsRetryable);
    }

    [Fact]
    public void Classify_FreeModelsPerDayWithoutHeaders_CoolsTheProviderUntilUtcMidnight()
    {
        var failure = Classify(429, """{"error":{"message":"Rate limit exceeded: free-models-per-day-high-balance.","type":"rate_limit_error","code":"429"}}""");

        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.Equal(NextUtcMidnight, failure.CooldownUntil);
    }

    [Fact]
    public void Classify_FreeModelsPerMinute_CoolsTheProviderUntilTheNextMinute()
    {
        var failure = Classify(429, """{"error":{"message":"Rate limit exceeded: free-models-per-min.","code":429}}""");

        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 15, 31, 0, TimeSpan.Zero), failure.CooldownUntil);
    }

    [Fact]
    public void Classify_UpstreamProviderRateLimit_CoolsOnlyTheModel()
    {
        var failure = Classify(429, """
            {"error":{"message":"Provider returned error","code":429,
              "metadata":{"raw":"google/gemma-3-27b-it:free is temporarily rate-limited upstream. Please retry shortly.","provider_name":"Google AI Studio","retry_after_seconds":17}}}
            """);

        Assert.Equal(CooldownScope.Model, failure.Scope);
        Assert.Equal(Now.AddSeconds(17), failure.CooldownUntil);
    }

    [Fact]
    public void Classify_RateLimitWithoutAnySignal_LeavesTheCooldownToTheTracker()
    {
        var failure = Classify(429, "");

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Null(failure.CooldownUntil);
        Assert.True(failure.CoolsDown);
    }

    [Fact]
    public void Classify_RetryAfterResponseHeader_SetsTheCooldown()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", "90");

        var failure = _classifier.Classify(429, response.Headers, []);

        Assert.Equal(Now.AddSeconds(90), failure!.CooldownUntil);
    }

    [Fact]
    public void Classify_SuccessWithErrorBody_IsErrorInBody()
    {
        var failure = Classify(200, """{"error":{"message":"Internal error while generating","code":500}}""");

        Assert.Equal(UpstreamFailureKind.ErrorInBody, failure.Kind);
        Assert.True(failure.TripsCircuit);
    }

    [Fact]
    public void Classify_SuccessWithRateLimitInBody_IsRateLimited()
    {
        var failure = Classify(200, """{"error":{"message":"Rate limit exceeded: free-models-per-min.","code":429}}""");

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
    }

    [Theory]
    [InlineData("""{"id":"gen-1","choices":[{"message":{"role":"assistant","content":"Hi"}}]}""")]
    [InlineData("")]
    public void Classify_Success_IsNull(string body)
    {
        Assert.Null(_classifier.Classify(200, null, Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData(400, """{"error":{"message":"This endpoint's maximum context length is 8192 tokens. However, you requested about 9000 tokens","code":400}}""")]
    [InlineData(400, """{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\"error\":{\"code\":\"context_length_exceeded\"}}"}}}""")]
    [InlineData(413, "")]
    public void Classify_ContextTooLong_IsRetryableOnALargerModel(int status, string body)
    {
        var failure = Classify(status, body);

        Assert.Equal(UpstreamFailureKind.ContextLengthExceeded, failure.Kind);
        Assert.True(failure.IsRetryable);
        Assert.True(failure.NeedsLargerContext);
        Assert.True(failure.IsRequestFault);
    }

    [Fact]
    public void Classify_MalformedRequest_IsNotRetryable()
    {
        var failure = Classify(400, """{"error":{"message":"messages: Input should be a valid list","code":400}}""");

        Assert.Equal(UpstreamFailureKind.BadRequest, failure.Kind);
        Assert.False(failure.IsRetryable);
    }

    [Theory]
    [InlineData(404, """{"error":{"message":"No endpoints found for meta-llama/llama-3.3-70b-instruct:free.","code":404}}""", UpstreamFailureKind.NoEndpoints)]
    [InlineData(503, """{"error":{"message":"No allowed providers are available for the selected model.","code":503}}""", UpstreamFailureKind.NoEndpoints)]
    [InlineData(502, "<html>Bad gateway</html>", UpstreamFailureKind.ServerError)]
    [InlineData(503, "", UpstreamFailureKind.ServerError)]
    [InlineData(408, "", UpstreamFailureKind.Timeout)]
    [InlineData(403, """{"error":{"message":"meta-llama/llama-guard requires moderation on OpenAI. Your input was flagged for \"violence\"","code":403,"metadata":{"reasons":["violence"],"flagged_input":"...","provider_name":"OpenAI","model_slug":"openai/gpt-oss-20b:free"}}}""", UpstreamFailureKind.Forbidden)]
    public void Classify_Status_MapsToKind(int status, string body, UpstreamFailureKind kind)
    {
        var failure = Classify(status, body);

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(CooldownScope.Model, failure.Scope);
        Assert.True(failure.IsRetryable);
    }

    [Theory]
    [InlineData(401, UpstreamFailureKind.Unauthorized)]
    [InlineData(402, UpstreamFailureKind.PaymentRequired)]
    public void Classify_AccountProblem_CoolsTheWholeProvider(int status, UpstreamFailureKind kind)
    {
        var failure = Classify(status, """{"error":{"message":"Insufficient credits","code":402}}""");

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.True(failure.CoolsDown);
    }

    [Theory]
    [InlineData("""{"error":{"message":"Your input was flagged","code":403,"metadata":{"reasons":["harassment"]}}}""")]
    [InlineData("""{"error":{"message":"Your input was flagged","code":403,"metadata":{"flagged_input":"the flagged words"}}}""")]
    public void Classify_ModerationRefusal_IsARequestFault_ThatCoolsNothing(string body)
    {
        var failure = Classify(403, body);

        Assert.Equal(UpstreamFailureKind.Forbidden, failure.Kind);
        Assert.True(failure.IsRequestFault);
        Assert.False(failure.CoolsDown);
        Assert.True(failure.IsRetryable);
    }

    [Theory]
    [InlineData("""{"error":{"message":"This API key has been disabled.","code":403}}""")]
    [InlineData("""{"error":{"message":"Forbidden","code":403,"metadata":{"provider_name":null}}}""")]
    [InlineData("")]
    public void Classify_403WithoutModerationVerdict_RefusesTheKey_AndCoolsItLikeA401(string body)
    {
        var failure = Classify(403, body);

        Assert.Equal(UpstreamFailureKind.Unauthorized, failure.Kind);
        Assert.Equal(403, failure.StatusCode);
        Assert.False(failure.IsRequestFault);
        Assert.True(failure.CoolsWholeProvider);
        Assert.True(failure.IsRetryable);
    }

    [Fact]
    public void Classify_403OfANativeProvider_RefusesTheKey()
    {
        var failure = _classifier.Classify(403, null, new ProviderError(403, "Permission denied: Consumer 'api_key' has been suspended."));

        Assert.Equal(UpstreamFailureKind.Unauthorized, failure.Kind);
        Assert.True(failure.CoolsWholeProvider);
    }

    [Fact]
    public void Classify_PaymentForThisRequestOnly_CoolsOnlyTheModel()
    {
        // OpenRouter's 402 when max_tokens is more than the credit covers: a smaller request or another model may pass.
        var failure = Classify(402, """{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 0.","code":402}}""");

        Assert.Equal(UpstreamFailureKind.PaymentRequired, failure.Kind);
        Assert.Equal(CooldownScope.Model, failure.Scope);
        Assert.True(failure.CoolsDown);
    }

    private UpstreamFailure Classify(int status, string body)
    {
        HttpHeaders? headers = null;
        var failure = _classifier.Classify(status, headers, Encoding.UTF8.GetBytes(body));
        Assert.NotNull(failure);
        return failure;
    }
}
