using System.Net;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Errors;

/// <summary>An exception nothing handles is a 500 in OpenAI's shape with no stack trace, even in Development (as under the AppHost).</summary>
public sealed class UnhandledExceptionTests
{
    private const string Secret = "secret-detail-from-a-failing-service";

    [Fact]
    public async Task UnexpectedException_InDevelopment_Gets500InOpenAiShape_WithoutStackTrace()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Environment = "Development";
            options.Services = services => services.AddSingleton<IRandomSource>(new FailingRandomSource());
        });

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("server_error", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.True(error.TryGetProperty("code", out _));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingRandomSource), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedException_OnTheMessagesApi_Gets500ApiErrorInAnthropicsShape()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
            options.Services = services => services.AddSingleton<IRandomSource>(new FailingRandomSource()));

        using var response = await host.PostMessagesAsync(MessagesRequests.Body());

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var document = JsonDocument.Parse(text);
        Assert.Equal("error", document.RootElement.GetProperty("type").GetString());
        Assert.Equal("api_error", document.RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    private sealed class FailingRandomSource : IRandomSource
    {
        public double NextDouble() => throw new InvalidOperationException(Secret);
    }
}
