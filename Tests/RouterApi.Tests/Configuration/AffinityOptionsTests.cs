using AspireRouter.RouterApi.Sessions;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary><c>Routing:Affinity</c>: a conversation sticks for a positive window of at most a day, and some conversations are remembered.</summary>
public sealed class AffinityOptionsTests
{
    [Fact]
    public void Defaults_AreHalfAnHour_AndValid()
    {
        var options = new AffinityOptions();

        Assert.Equal(TimeSpan.FromMinutes(30), options.Window);
        Assert.True(new AffinityOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0, 1000, "Routing:Affinity:Window")]
    [InlineData(-60, 1000, "Routing:Affinity:Window")]
    [InlineData(25 * 3600, 1000, "Routing:Affinity:Window")]
    [InlineData(60, 0, "Routing:Affinity:MaxConversations")]
    public void OutOfRange_IsRefused_NamingTheSetting(int windowSeconds, int maxConversations, string setting)
    {
        var options = new AffinityOptions { Window = TimeSpan.FromSeconds(windowSeconds), MaxConversations = maxConversations };

        var result = new AffinityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }
}
