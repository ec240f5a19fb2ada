using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;

namespace AspireRouter.UpstreamSimulator.Tests.Chat;

public sealed class JsonValueSynthesizerTests
{
    [Fact]
    public void For_SchemaWithRefsEnumsAndBounds_MakesAValueThatFitsIt()
    {
        using var schema = JsonDocument.Parse("""
            {"type":"object","required":["kind","count","when","items","owner"],
             "properties":{"kind":{"enum":["a","b"]},"count":{"type":"integer","minimum":5,"maximum":9},"when":{"type":"string","format":"date-time"},
               "items":{"type":"array","minItems":2,"items":{"type":["number","null"]}},"owner":{"$ref":"#/$defs/person"},"note":{"anyOf":[{"type":"null"},{"type":"string","minLength":20}]}},
             "$defs":{"person":{"type":"object","properties":{"name":{"type":"string"}}}}}
            """);

        var value = JsonValueSynthesizer.For(schema.RootElement)!;

        Assert.Equal("a", value["kind"]!.GetValue<string>());
        Assert.Equal(5, value["count"]!.GetValue<int>());
        Assert.True(DateTimeOffset.TryParse(value["when"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(2, value["items"]!.AsArray().Count);
        Assert.Equal(JsonValueKind.Number, value["items"]![0]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, value["owner"]!["name"]!.GetValueKind());
        Assert.True(value["note"]!.GetValue<string>().Length >= 20);
    }
}
