namespace AspireRouter.RouterCore.State;

/// <summary>How long a request may wait on Redis (section <c>RedisBudget</c>); past it the request goes on with local state.</summary>
public sealed class RedisBudgetOptions
{
    public const string SectionName = "RedisBudget";

    /// <summary>The longest one Redis call on the request path may take; it must stay far below a request's own patience.</summary>
    public TimeSpan RequestPath { get; set; } = TimeSpan.FromMilliseconds(250);
}
