namespace AspireRouter.RouterApi.Routing;

internal enum AttemptResultKind
{
    /// <summary>The response (or stream) reached the client.</summary>
    Served,

    /// <summary>Nothing reached the client; try the next candidate.</summary>
    Failed,

    /// <summary>The upstream refused the request itself; its error reached the client.</summary>
    Rejected,

    /// <summary>Cancelled: another attempt of the same request answered first, or this one was given up as overdue; nothing reached the client.</summary>
    Outrun,
}
