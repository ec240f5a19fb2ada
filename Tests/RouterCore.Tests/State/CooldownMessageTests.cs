using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class CooldownMessageTests
{
    private static readonly DateTimeOffset Until = DateTimeOffset.FromUnixTimeMilliseconds(1_777_777_777_000);

    [Theory]
    [InlineData(CooldownScope.Provider, 1, "provider|openrouter|meta-llama/llama-3.3-70b-instruct:free")]
    [InlineData(CooldownScope.Provider, 3, "provider|openrouter:key3|meta-llama/llama-3.3-70b-instruct:free")]
    [InlineData(CooldownScope.Model, 1, "model|openrouter|meta-llama/llama-3.3-70b-instruct:free")]
    public void Field_NamesTheKeyByItsQuotaScope_AndReadsBackTheSameNotice(CooldownScope scope, int keyNumber, string field)
    {
        var notice = new CooldownNotice("meta-llama/llama-3.3-70b-instruct:free", "openrouter", scope, Until, keyNumber);

        Assert.Equal(field, CooldownMessage.Field(notice));
        Assert.True(CooldownMessage.TryParse(CooldownMessage.Format(notice), out var parsed));
        Assert.Equal(notice, parsed);
    }
}
