using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>Every bad Responses request gets OpenAI's 400 naming the parameter, before any upstream call.</summary>
public sealed class ResponsesErrorTests(StoredStateHostFixture fixture) : IClassFixture<StoredStateHostFixture>
{
    public static TheoryData<string, string?, string> BadRequests => new()
    {
        { """{"model":"free"}""", "input", "missing_required_parameter" },
        { """{"model":"free","input":5}""", "input", "invalid_type" },
        { """{"model":"free","input":[]}""", "input", "invalid_value" },
        { """{"model":"free","input":"x","temperature":3}""", "temperature", "invalid_value" },
        { """{"model":"free","input":"x","top_p":"high"}""", "top_p", "invalid_type" },
        { """{"model":"free","input":"x","max_output_tokens":8}""", "max_output_tokens", "invalid_value" },
        { """{"model":"free","input":"x","stream":"yes"}""", "stream", "invalid_type" },
        { """{"model":"free","input":"x","instructions":["a"]}""", "instructions", "invalid_type" },
        { """{"model":"free","input":[{"type":"message","role":"robot","content":"x"}]}""", "input[0].role", "invalid_value" },
        { """{"model":"free","input":[{"type":"message","role":"user"}]}""", "input[0].content", "missing_required_parameter" },
        { """{"model":"free","input":[{"role":"user","content":[{"type":"input_audio"}]}]}""", "input[0].content[0].type", "invalid_value" },
        { """{"model":"free","input":[{"role":"user","content":[{"type":"input_image","file_id":"file_1"}]}]}""", "input[0].content[0].file_id", "unsupported_value" },
        { """{"model":"free","input":[{"type":"function_call_output","output":"x"}]}""", "input[0].call_id", "missing_required_parameter" },
        { """{"model":"free","input":[{"type":"function_call","call_id":"c","name":"f"}]}""", "input[0].arguments", "missing_required_parameter" },
        { """{"model":"free","input":[{"type":"web_search_call","id":"ws_1"}]}""", "input[0].type", "invalid_value" },
        { """{"model":"free","input":"x","tools":[{"type":"function"}]}""", "tools[0].name", "missing_required_parameter" },
        { """{"model":"free","input":"x","tools":{}}""", "tools", "invalid_type" },
        { """{"model":"free","input":"x","tool_choice":"sometimes"}""", "tool_choice", "invalid_value" },
        { """{"model":"free","input":"x","text":{"format":{"type":"json_schema","schema":{}}}}""", "text.format.name", "missing_required_parameter" },
        { """{"model":"free","input":"x","text":{"format":{"type":"yaml"}}}""", "text.format.type", "invalid_value" },
        { """{"model":"free","input":"x",""", null, "invalid_json" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_Gets400NamingTheParameter_AndNoModelIsCalled(string body, string? param, string code)
    {
        var before = fixture.Host.Simulator.ChatModels().Count;

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(before, fixture.Host.Simulator.ChatModels().Count);
    }

    [Theory]
    [InlineData("""{"type":"web_search"}""", "web_search")]
    [InlineData("""{"type":"code_interpreter"}""", "code_interpreter")]
    [InlineData("\"required\"", "web_search")]
    public async Task ToolChoiceForcingABuiltInTool_Gets400NamingIt(string toolChoice, string named)
    {
        using var response = await PostAsync($$$"""{"model":"free","input":"Search the web.","tools":[{"type":"web_search"},{"type":"code_interpreter","container":{"type":"auto"}}],"tool_choice":{{{toolChoice}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal(("tool_choice", "unsupported_tool"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains($"'{named}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltInToolsNotForced_AreLeftOut_AndTheRequestIsAnswered()
    {
        using var response = await PostAsync("""{"model":"free","input":"Hello.","tools":[{"type":"web_search"},{"type":"local_shell"}],"tool_choice":"auto"}""");

        await response.EnsureOkAsync();
        Assert.Equal("web_search,local_shell", response.Header("x-router-dropped-tools"));
    }

    [Fact]
    public async Task UnknownPreviousResponseId_Gets400PreviousResponseNotFound()
    {
        var body = new JsonObject { ["model"] = "free", ["input"] = "Go on.", ["previous_response_id"] = "resp_0123456789abcdef0123456789abcdef" };

        using var response = await fixture.Host.Client.PostResponseAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal(("previous_response_id", "previous_response_not_found"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal("Previous response with id 'resp_0123456789abcdef0123456789abcdef' not found.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("resp_0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    public async Task UnknownResponse_GetAndDelete_Answer404(string id)
    {
        using var get = await fixture.Host.Client.GetAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);
        using var delete = await fixture.Host.Client.DeleteAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, delete.StatusCode));
        Assert.Equal("invalid_request_error", (await get.JsonAsync()).GetProperty("error").GetProperty("type").GetString());
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        fixture.Host.Client.PostAsync("v1/responses", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
