using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Context;

namespace AspireRouter.RouterCore.Tests.Context;

public sealed class ChatConversationTests
{
    private static readonly PromptTokenCounter Counter = new();

    private const string Body = """
        {"model":"free","temperature":0.2,
         "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}],
         "messages":[
           {"role":"system","content":"You are terse."},
           {"role":"user","content":[{"type":"text","text":"Hello world"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]},
           {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
           {"role":"tool","tool_call_id":"c1","content":"Sunny."}
         ],
         "stream":false}
        """;

    [Fact]
    public void Read_Body_CountsEachMessagesTextWithO200kAndMarksToolCalls()
    {
        using var conversation = ChatConversation.Read(Encoding.UTF8.GetBytes(Body), Counter);

        Assert.Equal(["system", "user", "assistant", "tool"], conversation.Messages.Select(message => message.Role));
        Assert.Equal(Counter.Count("You are terse.") + PromptTokenCounter.TokensPerMessage, conversation.Messages[0].Tokens);
        Assert.Equal(Counter.Count("Hello world") + PromptTokenCounter.TokensPerMessage, conversation.Messages[1].Tokens);
        Assert.Equal([false, false, true, false], conversation.Messages.Select(message => message.MakesToolCalls));
        Assert.True(conversation.FixedTokens > 0);
        Assert.Equal(2, Counter.Count("Hello world"));
    }

    [Fact]
    public void WriteWith_KeptMessages_ReplacesOnlyTheMessages()
    {
        using var conversation = ChatConversation.Read(Encoding.UTF8.GetBytes(Body), Counter);
        using var output = new PooledByteBufferWriter(1024);

        conversation.WriteWith([0, 3], output);

        using var written = JsonDocument.Parse(output.WrittenMemory);
        var root = written.RootElement;
        Assert.Equal(["system", "tool"], root.GetProperty("messages").EnumerateArray().Select(message => message.GetProperty("role").GetString()));
        Assert.Equal(0.2, root.GetProperty("temperature").GetDouble());
        Assert.Equal("get_weather", root.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Equal(["model", "temperature", "tools", "messages", "stream"], root.EnumerateObject().Select(property => property.Name));
    }
}
