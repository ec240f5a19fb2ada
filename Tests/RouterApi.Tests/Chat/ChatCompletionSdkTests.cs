using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Chat;

public sealed class ChatCompletionSdkTests
{
    [Fact]
    public async Task CompleteChat_Free_AnswersFromAFreeModelAndSaysWhichInModelAndHeaders()
    {
        await using var host = await RouterTestHost.StartAsync();

        var result = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);

        var completion = result.Value;
        Assert.False(string.IsNullOrWhiteSpace(completion.Content[0].Text));
        var raw = result.GetRawResponse();
        Assert.Equal(completion.Model, raw.Headers.TryGetValue("x-router-model", out var header) ? header : null);
        Assert.Equal(1, host.Simulator.RequestCount(completion.Model));
        Assert.Equal("1", raw.Headers.TryGetValue("x-router-attempts", out var attempts) ? attempts : null);
    }
}
