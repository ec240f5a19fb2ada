namespace AspireRouter.RouterCore.State;

/// <summary>The <c>RequestLog</c> section: how many routing decisions <c>ar:requests</c> keeps.</summary>
public sealed record RequestLogOptions
{
    public const string SectionName = "RequestLog";

    public int Capacity { get; init; } = 2_000;
}
