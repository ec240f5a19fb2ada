// The SDK marks its Responses client as evaluation-only (OPENAI001); that client is what this test exercises.
#pragma warning disable OPENAI001

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Responses;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>The official OpenAI .NET SDK's <see cref="ResponsesClient"/> against the router, changed only in base URL and key.</summary>
public sealed class ResponsesSdkTests(StoredStateHostFixture fixture) : IClassFixture<StoredStateHostFixture>
{
    [Fact]
    public async Task CreateResponse_AnswersWithTextAndUsage()
    {
        var host = fixture.Host;

        ResponseResult response = await Client(host).CreateResponseAsync("free", "Say hello.", previousResponseId: null, TestContext.Current.CancellationToken);

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Contains(response.Model, response.GetOutputText(), StringComparison.Ordinal);
        Assert.True(response.Usage.OutputTokenCount > 0);
        Assert.Equal(response.Usage.InputTokenCount + response.Usage.OutputTokenCount, response.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task CreateResponseStreaming_DeltasMakeTheCompletedText()
    {
        var host = fixture.Host;
        var text = new StringBuilder();
        ResponseResult? completed = null;

        await foreach (var update in await Client(host).CreateResponseStreamingAsync("free", "Count to three.", previousResponseId: null, TestContext.Current.CancellationToken))
        {
            switch (update)
            {
                case StreamingResponseOutputTextDeltaUpdate delta:
                    text.Append(delta.Delta);
                    break;
                case StreamingResponseCompletedUpdate done:
                    completed = done.Response;
                    break;
            }
        }

        Assert.NotNull(completed);
        Assert.Equal(text.ToString(), completed.GetOutputText());
        Assert.True(completed.Usage.OutputTokenCount > 0);
    }

    [Fact]
    public async Task FunctionToolRoundTrip_ViaPreviousResponseId_EndsInAnAnswer()
    {
        var host = fixture.Host;
        var client = Client(host);
        var tool = ResponseTool.CreateFunctionTool(
            "get_weather", BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""), strictModeEnabled: false, "The weather in a city");
        var ask = new CreateResponseOptions("free", [ResponseItem.CreateUserMessageItem("What is the weather in Paris?")]) { Tools = { tool } };

        ResponseResult called = await client.CreateResponseAsync(ask, TestContext.Current.CancellationToken);
        var call = Assert.IsType<FunctionCallResponseItem>(Assert.Single(called.OutputItems));
        Assert.Equal("get_weather", call.FunctionName);
        var answer = new CreateResponseOptions("free", [ResponseItem.CreateFunctionCallOutputItem(call.CallId, "18C and sunny")])
        {
            PreviousResponseId = called.Id,
            Tools = { tool },
        };
        ResponseResult answered = await client.CreateResponseAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal(ResponseStatus.Completed, answered.Status);
        Assert.False(string.IsNullOrWhiteSpace(answered.GetOutputText()));
        Assert.Equal(called.Id, answered.PreviousResponseId);
    }

    private static ResponsesClient Client(RouterTestHost host) =>
        new(new ApiKeyCredential(RouterTestHost.ClientKey), new ResponsesClientOptions { Endpoint = host.V1, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });
}
