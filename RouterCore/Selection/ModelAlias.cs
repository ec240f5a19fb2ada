namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// A name clients send, mapped to a pool name (a list entry: names such as OpenRouter ids contain ':', which configuration keys cannot).
/// <see cref="Name"/> is exact or a pattern where <c>*</c> stands for any run of characters; an empty <see cref="Target"/> removes the alias.
/// </summary>
public sealed record ModelAlias
{
    public string Name { get; init; } = "";

    /// <summary>A virtual model (<c>free</c>, <c>free:tools</c>, ...) or a model id of the pool.</summary>
    public string Target { get; init; } = "";

    public bool IsPattern => Name.Contains('*', StringComparison.Ordinal);
}
