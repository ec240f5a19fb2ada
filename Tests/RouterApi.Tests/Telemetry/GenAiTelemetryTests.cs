extern alias simulator;

using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>
/// What the Aspire dashboard shows of a routed request: a routing span, one GenAI client span per upstream attempt (the failed
/// one with its error type) holding the upstream HTTP call, token usage measured; prompts and answers only when opted in.
/// </summary>
public sealed class GenAiTelemetryTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(4);
    private static readonly string Failing = Pool[0];

    [Fact]
    public async Task RequestThatFallsBackOnce_HasARoutingSpanWithTwoAttemptSpans_TheFailedOneWithErrorType_AndTokensMeasured()
    {
        await using var host = await StartAsync(captureContent: false);
        using var measurements = new RecordedMeasurements();
        using var spans = new RecordedSpans();

        var body = ChatRequests.Body(Failing);
        body["max_tokens"] = 10;

        using var response = await host.Client.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var servedBy = response.Header("x-router-model");

        await Eventually.UntilAsync(() => spans.Routing().Count == 1, "the routing span ended");
        var routing = spans.Routing()[0];
        Assert.Equal(ActivityKind.Internal, routing.Kind);
        Assert.Equal(Failing, routing.GetTagItem("aspire_router.request.model"));
        Assert.Equal(2, routing.GetTagItem("aspire_router.attempts"));
        Assert.Equal("served", routing.GetTagItem("aspire_router.outcome"));
        Assert.True((int)routing.GetTagItem("aspire_router.candidates")! >= 2);

        var attempts = spans.ChildrenOf(routing, "AspireRouter");
        Assert.Equal(2, attempts.Count);
        var (failed, served) = (attempts[0], attempts[1]);
        foreach (var attempt in attempts)
        {
            Assert.Equal(ActivityKind.Client, attempt.Kind);
            Assert.Equal("chat", attempt.GetTagItem("gen_ai.operation.name"));
            Assert.Equal("openrouter", attempt.GetTagItem("gen_ai.provider.name"));
            Assert.Equal($"chat {attempt.GetTagItem("gen_ai.request.model")}", attempt.DisplayName);
            Assert.Equal(host.SimulatorHandle.OpenRouterEndpoint.Host, attempt.GetTagItem("server.address"));
            Assert.Single(spans.ChildrenOf(attempt, "System.Net.Http"));
        }

        Assert.Equal(Failing, failed.GetTagItem("gen_ai.request.model"));
        Assert.Equal("rate_limited", failed.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);

        Assert.Equal(servedBy, served.GetTagItem("gen_ai.request.model"));
        Assert.Null(served.GetTagItem("error.type"));
        Assert.NotEqual(ActivityStatusCode.Error, served.Status);
        var promptTokens = answer["usage"]!["prompt_tokens"]!.GetValue<int>();
        var completionTokens = answer["usage"]!["completion_tokens"]!.GetValue<int>();
        Assert.Equal(promptTokens, served.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(completionTokens, served.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal(answer["id"]!.GetValue<string>(), served.GetTagItem("gen_ai.response.id"));
        Assert.Equal([answer["choices"]![0]!["finish_reason"]!.GetValue<string>()], (string[])served.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Equal(10L, served.GetTagItem("gen_ai.request.max_tokens"));

        var tokens = measurements.Of("gen_ai.client.token.usage", spans.TraceId);
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, m => Assert.Equal(servedBy, m.Tags["gen_ai.request.model"]));
        Assert.Equal(promptTokens, tokens.Single(m => (string?)m.Tags["gen_ai.token.type"] == "input").Value);
        Assert.Equal(completionTokens, tokens.Single(m => (string?)m.Tags["gen_ai.token.type"] == "output").Value);
        var durations = measurements.Of("gen_ai.client.operation.duration", spans.TraceId);
        Assert.Equal(["rate_limited", null], durations.Select(m => (string?)m.Tags.GetValueOrDefault("error.type")));
        var request = Assert.Single(measurements.Of("aspire_router.requests", spans.TraceId));
        Assert.Equal("served", request.Tags["aspire_router.outcome"]);
        Assert.Equal(2, Assert.Single(measurements.Of("aspire_router.attempts", spans.TraceId)).Value);
        Assert.Equal(1, Assert.Single(measurements.Of("aspire_router.fallbacks", spans.TraceId)).Value);
        var cooldown = Assert.Single(measurements.Of("aspire_router.cooldowns", spans.TraceId));
        Assert.Equal("model", cooldown.Tags["aspire_router.cooldown.scope"]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task MessageContent_IsOnTheAttemptSpan_OnlyWhenCaptureIsEnabled(bool capture, bool stream)
    {
        await using var host = await StartAsync(capture);
        using var spans = new RecordedSpans();
        var body = ChatRequests.Body(Pool[1], stream);

        using var response = await host.Client.PostStreamingAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (id, text, finishReason) = stream ? await StreamedAnswerAsync(response) : await CompletionAsync(response);

        await Eventually.UntilAsync(() => spans.Routing().Count == 1, "the routing span ended");
        var attempt = Assert.Single(spans.ChildrenOf(spans.Routing()[0], "AspireRouter"));
        Assert.Equal(id, attempt.GetTagItem("gen_ai.response.id"));
        Assert.Equal([finishReason], (string[])attempt.GetTagItem("gen_ai.response.finish_reasons")!);
        var input = attempt.GetTagItem("gen_ai.input.messages") as string;
        var output = attempt.GetTagItem("gen_ai.output.messages") as string;
        if (!capture)
        {
            Assert.Null(input);
            Assert.Null(output);
            return;
        }

        var inputMessage = JsonNode.Parse(input!)![0]!;
        Assert.Equal("user", inputMessage["role"]!.GetValue<string>());
        Assert.Equal("Say hello.", inputMessage["parts"]![0]!["content"]!.GetValue<string>());
        var outputMessage = JsonNode.Parse(output!)![0]!;
        Assert.Equal("assistant", outputMessage["role"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(text));
        Assert.Equal(text, outputMessage["parts"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task HedgedRequest_HasOneSpanPerAttempt_RunningAtOnce_TheOverdueOneOutrun()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Seed = 5;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Model = Failing, Kind = FaultKinds.Stall });

            // The stalled model is overdue at 2 s, far before the attempt timeout: a hedge starts beside it.
            options.Settings["Availability:FirstToken:Floor"] = "00:00:02";
            options.Settings["Availability:FirstToken:Ceiling"] = "00:00:02";
            options.Settings["Router:AttemptTimeout"] = "00:00:30";
        });
        using var spans = new RecordedSpans();

        using var response = await host.Client.PostAsync(ChatRequests.Body(Failing));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));

        await Eventually.UntilAsync(() => spans.Routing().Count == 1, "the routing span ended");
        var attempts = spans.ChildrenOf(spans.Routing()[0], "AspireRouter");
        Assert.Equal(2, attempts.Count);
        var (stalled, hedge) = (attempts[0], attempts[1]);
        Assert.Equal(Failing, stalled.GetTagItem("gen_ai.request.model"));
        Assert.Equal("outrun", stalled.GetTagItem("aspire_router.attempt.outcome"));
        Assert.Contains(stalled.Events, e => e.Name == "aspire_router.first_token_overdue");
        Assert.Equal("served", hedge.GetTagItem("aspire_router.attempt.outcome"));
        Assert.True(hedge.StartTimeUtc < stalled.StartTimeUtc + stalled.Duration, "the hedge started only after the stalled attempt ended");
        Assert.All(attempts, attempt => Assert.Single(spans.ChildrenOf(attempt, "System.Net.Http")));
    }

    [Fact]
    public async Task ImageRequest_HasAGenerateContentAttemptSpan()
    {
        await using var host = await ImagePool.StartAsync();
        using var spans = new RecordedSpans();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(ImagePool.ImageModels[0]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.UntilAsync(() => spans.Routing().Count == 1, "the routing span ended");
        var attempt = Assert.Single(spans.ChildrenOf(spans.Routing()[0], "AspireRouter"));
        Assert.Equal(ActivityKind.Client, attempt.Kind);
        Assert.Equal("generate_content", attempt.GetTagItem("gen_ai.operation.name"));
        Assert.Equal($"generate_content {attempt.GetTagItem("gen_ai.request.model")}", attempt.DisplayName);
        Assert.Equal("served", attempt.GetTagItem("aspire_router.attempt.outcome"));
        Assert.Single(spans.ChildrenOf(attempt, "System.Net.Http"));
    }

    private static async Task<(string Id, string Text, string FinishReason)> CompletionAsync(HttpResponseMessage response)
    {
        var completion = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var choice = completion["choices"]![0]!;
        return (completion["id"]!.GetValue<string>(), choice["message"]!["content"]!.GetValue<string>(), choice["finish_reason"]!.GetValue<string>());
    }

    private static async Task<(string Id, string Text, string FinishReason)> StreamedAnswerAsync(HttpResponseMessage response)
    {
        string id = "", text = "", finishReason = "";
        foreach (var data in await response.ReadEventsAsync())
        {
            if (data == "[DONE]" || JsonNode.Parse(data) is not { } chunk)
            {
                continue;
            }

            id = id.Length > 0 ? id : chunk["id"]?.GetValue<string>() ?? "";
            if (chunk["choices"] is JsonArray { Count: > 0 } choices)
            {
                text += choices[0]!["delta"]?["content"]?.GetValue<string>() ?? "";
                finishReason = choices[0]!["finish_reason"]?.GetValue<string>() ?? finishReason;
            }
        }

        return (id, text, finishReason);
    }

    private static Task<RouterTestHost> StartAsync(bool captureContent) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Seed = 5;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Model = Failing, Kind = FaultKinds.Upstream429 });
            options.Settings["Telemetry:CaptureMessageContent"] = captureContent ? "true" : "false";
        });
}
