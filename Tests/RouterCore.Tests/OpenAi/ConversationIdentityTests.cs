using System.Text;
using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

/// <summary>The reader names a request's conversation from the strongest id its body gives, else from its opening.</summary>
public sealed class ConversationIdentityTests
{
    private const string Opening = """[{"role":"system","content":"Be brief."},{"role":"user","content":"Plan a trip."}""";

    [Fact]
    public void LaterTurnsOfOneOpening_AreOneConversation_AndOnlyTheFirstOpensIt()
    {
        var first = ChatRequests.Parse($$"""{"model":"free","messages":{{Opening}}]}""");
        var later = ChatRequests.Parse($$"""{"model":"free","messages":{{Opening}},{"role":"assistant","content":"Where to?"},{"role":"user","content":"Lisbon."}]}""");
        var other = ChatRequests.Parse("""{"model":"free","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Plan a party."}]}""");

        Assert.Equal(ConversationSource.Opening, first.ConversationSource);
        Assert.Equal(first.Conversation, later.Conversation);
        Assert.NotEqual(first.Conversation, other.Conversation);
        Assert.True(first.OpensConversation);
        Assert.False(later.OpensConversation);
    }

    [Fact]
    public void OpeningAcrossSegments_IsTheSameConversationAsContiguous()
    {
        var json = Encoding.UTF8.GetBytes($$"""{"model":"free","messages":{{Opening}}]}""");

        Assert.True(ChatRequestReader.TryRead(Segments.Split(json, 5), out var segmented, out _));
        Assert.Equal(ChatRequests.Parse(Encoding.UTF8.GetString(json)).Conversation, segmented.Conversation);
    }

    [Theory]
    [InlineData("""{"user":"u-1","prompt_cache_key":"k-1","messages":[{"role":"user","content":"Hi"}]}""", ConversationSource.PromptCacheKey)]
    [InlineData("""{"prompt_cache_key":"k-1","user":"u-1","messages":[{"role":"user","content":"Hi"}]}""", ConversationSource.PromptCacheKey)]
    [InlineData("""{"user":"u-1","messages":[{"role":"user","content":"Hi"}]}""", ConversationSource.User)]
    [InlineData("""{"user":"","prompt_cache_key":null,"messages":[{"role":"user","content":"Hi"}]}""", ConversationSource.Opening)]
    public void StrongestIdInTheBody_NamesTheConversation(string json, ConversationSource expected)
    {
        Assert.Equal(expected, ChatRequests.Parse(json).ConversationSource);
    }

    [Fact]
    public void PromptCacheKeyThatIsNotAString_IsRejected()
    {
        var error = ChatRequests.Reject("""{"prompt_cache_key":7,"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal("prompt_cache_key", error.Param);
    }
}
