using System.ClientModel;
using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using OpenAI.Images;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Bad image requests are refused before any upstream call, with OpenAI-shaped errors naming the parameter.</summary>
public sealed class ImageRequestValidationTests
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.OpenAiSpec;

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest, null, "invalid_json")]
    [InlineData("[]", HttpStatusCode.BadRequest, "body", "invalid_type")]
    [InlineData("""{"model":"free"}""", HttpStatusCode.BadRequest, "prompt", "missing_required_parameter")]
    [InlineData("""{"prompt":""}""", HttpStatusCode.BadRequest, "prompt", "empty_string")]
    [InlineData("""{"prompt":"   "}""", HttpStatusCode.BadRequest, "prompt", "empty_string")]
    [InlineData("""{"prompt":42}""", HttpStatusCode.BadRequest, "prompt", "invalid_type")]
    [InlineData("""{"prompt":"a fox","n":0}""", HttpStatusCode.BadRequest, "n", "integer_below_min_value")]
    [InlineData("""{"prompt":"a fox","n":11}""", HttpStatusCode.BadRequest, "n", "integer_above_max_value")]
    [InlineData("""{"prompt":"a fox","n":1.5}""", HttpStatusCode.BadRequest, "n", "invalid_type")]
    [InlineData("""{"prompt":"a fox","size":"999x1"}""", HttpStatusCode.BadRequest, "size", "invalid_value")]
    [InlineData("""{"prompt":"a fox","size":"5000x5000"}""", HttpStatusCode.BadRequest, "size", "invalid_value")]
    [InlineData("""{"prompt":"a fox","size":"large"}""", HttpStatusCode.BadRequest, "size", "invalid_value")]
    [InlineData("""{"prompt":"a fox","quality":"ultra"}""", HttpStatusCode.BadRequest, "quality", "invalid_value")]
    [InlineData("""{"prompt":"a fox","response_format":"gif"}""", HttpStatusCode.BadRequest, "response_format", "invalid_value")]
    [InlineData("""{"prompt":"a fox","output_format":"bmp"}""", HttpStatusCode.BadRequest, "output_format", "invalid_value")]
    [InlineData("""{"prompt":"a fox","output_compression":101}""", HttpStatusCode.BadRequest, "output_compression", "integer_above_max_value")]
    [InlineData("""{"prompt":"a fox","stream":true}""", HttpStatusCode.BadRequest, "stream", "unsupported_parameter")]
    [InlineData("""{"prompt":"a fox","n":10,"size":"4096x4096"}""", HttpStatusCode.BadRequest, "n", "image_pixels_above_limit")]
    [InlineData("""{"prompt":"a fox","n":3,"size":"4096x4096"}""", HttpStatusCode.BadRequest, "n", "image_pixels_above_limit")]
    [InlineData("""{"prompt":"a fox","model":"nope/none"}""", HttpStatusCode.NotFound, "model", "model_not_found")]
    [InlineData("""{"prompt":"a fox","model":"test/model-0:free"}""", HttpStatusCode.BadRequest, "model", "model_not_supported")]
    [InlineData("""{"prompt":"a fox","model":"free:tools"}""", HttpStatusCode.BadRequest, "model", "model_not_supported")]
    public async Task BadRequest_IsRefusedInOpenAisShape_WithoutCallingAnyModel(string body, HttpStatusCode status, string? param, string code)
    {
        await using var host = await ImagePool.StartAsync();
        host.Simulator.ClearRequests();

        using var response = await host.Client.PostImagesAsync(body);

        Assert.Equal(status, response.StatusCode);
        Spec.AssertValid("ErrorResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = (await response.ReadJsonAsync())["error"]!;
        Assert.Equal("invalid_request_error", error["type"]!.GetValue<string>());
        Assert.Equal(param, error["param"]?.GetValue<string>());
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Empty(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task Sdk_TooManyImages_ThrowsWithTheRoutersMessage()
    {
        await using var host = await ImagePool.StartAsync();

        var exception = await Assert.ThrowsAsync<ClientResultException>(() =>
            host.ImageClient().GenerateImagesAsync("a fox", 11, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(400, exception.Status);
        Assert.Contains("'n'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAKey_Is401()
    {
        await using var host = await ImagePool.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await anonymous.PostImagesAsync(ImageRequests.Body());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Spec.AssertValid("ErrorResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PoolWithoutFreeImageModels_Is400NoModelSupportsRequest()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync())["error"]!;
        Assert.Equal("no_model_supports_request", error["code"]!.GetValue<string>());
        Assert.Equal("model", error["param"]!.GetValue<string>());
    }
}
