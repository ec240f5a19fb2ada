using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Wire;

/// <summary>What the router sends validates against OpenAI's own OpenAPI description (Tests/Fixtures/openai/openapi.json).</summary>
public sealed class OpenAiSchemaTests
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.OpenAiSpec;

    [Fact]
    public async Task ChatCompletion_ValidatesAsCreateChatCompletionResponse()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Spec.AssertValid("CreateChatCompletionResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StreamChunks_ValidateAsCreateChatCompletionStreamResponse()
    {
        await using var host = await RouterTestHost.StartAsync();
        var body = ChatRequests.Body(stream: true);
        body["stream_options"] = new JsonObject { ["include_usage"] = true };

        using var response = await host.Client.PostStreamingAsync(body);
        var events = await response.ReadEventsAsync();

        Assert.Equal("[DONE]", events[^1]);
        Assert.True(events.Count > 2);
        foreach (var chunk in events[..^1])
        {
            Spec.AssertValid("CreateChatCompletionStreamResponse", chunk);
        }
    }

    [Fact]
    public async Task ModelsList_ValidatesAsListModelsResponse_AndEachModelAsModel()
    {
        await using var host = await RouterTestHost.StartAsync();

        var list = await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken);
        var one = await host.Client.GetStringAsync("v1/models/meta-llama/llama-3.3-70b-instruct:free", TestContext.Current.CancellationToken);

        Spec.AssertValid("ListModelsResponse", list);
        Spec.AssertValid("Model", one);
    }

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest)]
    [InlineData("""{"model":"free"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"model":"nope/none","messages":[{"role":"user","content":"hi"}]}""", HttpStatusCode.NotFound)]
    public async Task Errors_ValidateAsErrorResponse(string body, HttpStatusCode status)
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostAsync("v1/chat/completions", new StringContent(body), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Spec.AssertValid("ErrorResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AllModelsFailing_ErrorValidatesAsErrorResponse()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Simulator.Faults.Add(new() { Kind = "bad_gateway_502" }));

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Spec.AssertValid("ErrorResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
