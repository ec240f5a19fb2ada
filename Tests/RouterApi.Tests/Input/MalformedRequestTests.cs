using System.Net;
using System.Text;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Input;

/// <summary>Bad input gets a 4xx in OpenAI's error shape, never a 500, and never reaches an upstream.</summary>
public sealed class MalformedRequestTests
{
    private const string Valid = """{"model":"free","messages":[{"role":"user","content":"hi"}],"max_tokens":16,"stream":false,"temperature":0.5}""";

    [Fact]
    public async Task FuzzedBodies_EveryOneGets4xxInOpenAiShape()
    {
        await using var host = await RouterTestHost.StartAsync();
        var random = new Random(20261126);
        var bodies = Handwritten().Concat(Enumerable.Range(0, 300).Select(_ => Mutate(Valid, random))).ToList();
        var failures = new List<string>();

        foreach (var body in bodies)
        {
            using var response = await host.Client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode)
            {
                // A mutation can still be a valid request (e.g. a changed temperature digit): then it must be a real answer.
                Assert.Contains("\"choices\"", text, StringComparison.Ordinal);
                continue;
            }

            if ((int)response.StatusCode is < 400 or >= 500 || !IsOpenAiError(text))
            {
                failures.Add($"{(int)response.StatusCode} for {body} -> {text}");
            }
        }

        Assert.Empty(failures);
        Assert.True(host.Simulator.ChatModels().Count < bodies.Count / 2, "most malformed bodies reached an upstream");
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("null", null)]
    [InlineData("[]", null)]
    [InlineData("""{"model":"free"}""", "messages")]
    [InlineData("""{"model":"free","messages":[]}""", "messages")]
    [InlineData("""{"model":"free","messages":"hi"}""", "messages")]
    [InlineData("""{"model":"free","messages":[{"content":"hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"free","messages":[{"role":"wizard","content":"hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":42,"messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":"free","stream":"yes","messages":[{"role":"user","content":"hi"}]}""", "stream")]
    [InlineData("""{"model":"free","max_tokens":-5,"messages":[{"role":"user","content":"hi"}]}""", "max_tokens")]
    public async Task Body_Malformed_Gets400NamingTheParam(string body, string? param)
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var detail = error.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", detail.GetProperty("type").GetString());
        Assert.Equal(param, detail.GetProperty("param").GetString());
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Body_OverTheLimit_Gets413()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["Router:MaxRequestBodyBytes"] = "1024");
        var body = $$"""{"model":"free","messages":[{"role":"user","content":"{{new string('x', 4096)}}"}]}""";

        using var response = await host.Client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(IsOpenAiError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task UnknownRoute_Gets404InOpenAiShape()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostAsync("v1/embeddingz", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(IsOpenAiError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static IEnumerable<string> Handwritten() =>
    [
        "", " ", "{", "}", "{}", "[]", "null", "true", "1", "\"x\"", "{\"messages\":null}", "{\"messages\":{}}",
        "{\"messages\":[null]}", "{\"messages\":[1]}", "{\"messages\":[{}]}", "{\"messages\":[{\"role\":null}]}",
        "{\"messages\":[{\"role\":\"user\",\"content\":{}}]}", "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\"}]}]}",
        "{\"model\":[],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":\"10\"}",
        "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":1.5}", "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":\"x\"}",
        "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"response_format\":[]}", "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} trailing",
        "\uFEFF{", "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":1}",
    ];

    private static string Mutate(string valid, Random random)
    {
        var chars = valid.ToCharArray().ToList();
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, "{}[]\",:0a-\\ "[random.Next(12)]);
                    break;
                default:
                    chars[at] = "{}[]\",:0a-\\ "[random.Next(12)];
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static bool IsOpenAiError(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var error = document.RootElement.GetProperty("error");
            return error.GetProperty("message").ValueKind == JsonValueKind.String
                && error.GetProperty("type").ValueKind == JsonValueKind.String
                && error.TryGetProperty("param", out _)
                && error.TryGetProperty("code", out _);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }
}
