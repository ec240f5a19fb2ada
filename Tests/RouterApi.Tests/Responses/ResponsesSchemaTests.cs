using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>The Responses answers validate against OpenAI's own OpenAPI description (Tests/Fixtures/openai/openapi.json).</summary>
public sealed class ResponsesSchemaTests(StoredStateHostFixture fixture) : IClassFixture<StoredStateHostFixture>
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.OpenAiSpec;

    // Each event's own schema among ResponseStreamEvent's alternatives, so a failure names what is wrong with it.
    private static readonly Dictionary<string, string> EventSchemas = new()
    {
        ["response.created"] = "ResponseCreatedEvent",
        ["response.in_progress"] = "ResponseInProgressEvent",
        ["response.output_item.added"] = "ResponseOutputItemAddedEvent",
        ["response.content_part.added"] = "ResponseContentPartAddedEvent",
        ["response.output_text.delta"] = "ResponseTextDeltaEvent",
        ["response.output_text.done"] = "ResponseTextDoneEvent",
        ["response.content_part.done"] = "ResponseContentPartDoneEvent",
        ["response.function_call_arguments.delta"] = "ResponseFunctionCallArgumentsDeltaEvent",
        ["response.function_call_arguments.done"] = "ResponseFunctionCallArgumentsDoneEvent",
        ["response.output_item.done"] = "ResponseOutputItemDoneEvent",
        ["response.completed"] = "ResponseCompletedEvent",
    };

    [Fact]
    public async Task Response_ValidatesAsResponse()
    {
        var host = fixture.Host;

        using var response = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["metadata"] = new JsonObject { ["a"] = "b" } });

        Spec.AssertValid("Response", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StreamEvents_ValidateAsResponseStreamEvent_ForTextAndFunctionCalls()
    {
        var host = fixture.Host;
        var text = new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["stream"] = true };
        var call = new JsonObject { ["model"] = "free", ["input"] = "Weather in Paris?", ["stream"] = true, ["tools"] = new JsonArray(ResponsesAnswerTests.WeatherTool()) };

        using var textResponse = await host.Client.PostResponseAsync(text);
        using var callResponse = await host.Client.PostResponseAsync(call);

        var events = (await textResponse.EventsAsync()).Concat(await callResponse.EventsAsync()).ToList();
        Assert.Contains(events, e => e.Name == "response.function_call_arguments.done");
        Assert.All(events, e => Spec.AssertValid(EventSchemas[e.Name], e.Data.GetRawText()));
    }
}
