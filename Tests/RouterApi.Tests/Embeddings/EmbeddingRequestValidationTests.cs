using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>Every bad embeddings request gets OpenAI's error shape with the right status, param and code, before any upstream call.</summary>
public sealed class EmbeddingRequestValidationTests(EmbeddingPoolFixture pool) : IClassFixture<EmbeddingPoolFixture>
{
    private const string Text = "\"input\": \"text\"";

    public static TheoryData<string, string, HttpStatusCode, string?, string> Rules { get; } = new()
    {
        { "not JSON", "{\"model\": ", HttpStatusCode.BadRequest, null, "invalid_json" },
        { "not an object", "[\"text\"]", HttpStatusCode.BadRequest, "body", "invalid_type" },
        { "no model", $"{{{Text}}}", HttpStatusCode.BadRequest, "model", "missing_required_parameter" },
        { "model not a string", $"{{\"model\": 3, {Text}}}", HttpStatusCode.BadRequest, "model", "invalid_type" },
        { "empty model", $"{{\"model\": \"\", {Text}}}", HttpStatusCode.BadRequest, "model", "empty_string" },
        { "no input", "{\"model\": \"free:embedding\"}", HttpStatusCode.BadRequest, "input", "missing_required_parameter" },
        { "empty string", "{\"model\": \"free:embedding\", \"input\": \"\"}", HttpStatusCode.BadRequest, "input", "empty_string" },
        { "empty array", "{\"model\": \"free:embedding\", \"input\": []}", HttpStatusCode.BadRequest, "input", "empty_array" },
        { "an empty string among strings", "{\"model\": \"free:embedding\", \"input\": [\"a\", \"\"]}", HttpStatusCode.BadRequest, "input[1]", "empty_string" },
        { "input an object", "{\"model\": \"free:embedding\", \"input\": {\"text\": \"a\"}}", HttpStatusCode.BadRequest, "input", "invalid_type" },
        { "input a number", "{\"model\": \"free:embedding\", \"input\": 5}", HttpStatusCode.BadRequest, "input", "invalid_type" },
        { "strings and token arrays mixed", "{\"model\": \"free:embedding\", \"input\": [\"a\", [1, 2]]}", HttpStatusCode.BadRequest, "input", "invalid_type" },
        { "a negative token id", "{\"model\": \"free:embedding\", \"input\": [1, -2]}", HttpStatusCode.BadRequest, "input", "invalid_value" },
        { "a fractional token id", "{\"model\": \"free:embedding\", \"input\": [1, 2.5]}", HttpStatusCode.BadRequest, "input", "invalid_value" },
        { "an empty token array", "{\"model\": \"free:embedding\", \"input\": [[1], []]}", HttpStatusCode.BadRequest, "input[1]", "empty_array" },
        { "more inputs than OpenAI takes", $"{{\"model\": \"free:embedding\", \"input\": {Strings(2049)}}}", HttpStatusCode.BadRequest, "input", "array_above_max_length" },
        { "more inputs than the model's provider takes", $"{{\"model\": \"{EmbeddingPool.Cohere}\", \"input\": {Strings(97)}}}", HttpStatusCode.BadRequest, "input", "array_above_max_length" },
        { "token arrays for a text-only API", $"{{\"model\": \"{EmbeddingPool.Gemini}\", \"input\": [[1, 2]]}}", HttpStatusCode.BadRequest, "input", "unsupported_value" },
        { "unknown encoding", $"{{\"model\": \"free:embedding\", {Text}, \"encoding_format\": \"hex\"}}", HttpStatusCode.BadRequest, "encoding_format", "invalid_value" },
        { "dimensions zero", $"{{\"model\": \"free:embedding\", {Text}, \"dimensions\": 0}}", HttpStatusCode.BadRequest, "dimensions", "integer_below_min_value" },
        { "dimensions a string", $"{{\"model\": \"free:embedding\", {Text}, \"dimensions\": \"256\"}}", HttpStatusCode.BadRequest, "dimensions", "invalid_type" },
        { "dimensions below the model's smallest", $"{{\"model\": \"{EmbeddingPool.Gemini}\", {Text}, \"dimensions\": 64}}", HttpStatusCode.BadRequest, "dimensions", "unsupported_value" },
        { "dimensions of a fixed-size model", $"{{\"model\": \"{EmbeddingPool.Cohere}\", {Text}, \"dimensions\": 512}}", HttpStatusCode.BadRequest, "dimensions", "unsupported_value" },
        { "dimensions no model in the pool makes", $"{{\"model\": \"free:embedding\", {Text}, \"dimensions\": 100000}}", HttpStatusCode.BadRequest, "dimensions", "no_model_supports_request" },
        { "user not a string", $"{{\"model\": \"free:embedding\", {Text}, \"user\": 7}}", HttpStatusCode.BadRequest, "user", "invalid_type" },
        { "unknown model", $"{{\"model\": \"nobody/no-such-embedder\", {Text}}}", HttpStatusCode.NotFound, "model", "model_not_found" },
        { "a chat model", $"{{\"model\": \"gemini/gemini-2.5-flash\", {Text}}}", HttpStatusCode.BadRequest, "model", "model_not_supported" },
        { "a chat pool's name", $"{{\"model\": \"free:tools\", {Text}}}", HttpStatusCode.BadRequest, "model", "model_not_supported" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task BadRequest_GetsOpenAisErrorShape_AndNoUpstreamCall(string rule, string body, HttpStatusCode status, string? param, string code)
    {
        using var response = await pool.Host.Client.PostEmbeddingsAsync(body);

        Assert.True(status == response.StatusCode, $"{rule}: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        var error = (await response.ReadJsonAsync())["error"]!.AsObject();
        Assert.Equal(["message", "type", "param", "code"], error.Select(field => field.Key));
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()), rule);
        Assert.Equal("invalid_request_error", error["type"]!.GetValue<string>());
        Assert.Equal(param, error["param"]?.GetValue<string>());
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Empty(pool.Host.EmbeddingCalls());
    }

    private static string Strings(int count) => new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)$"text {i}")]).ToJsonString();
}
