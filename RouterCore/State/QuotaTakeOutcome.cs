namespace AspireRouter.RouterCore.State;

/// <summary>What taking one request of a window from this replica's reservation gave, without asking Redis.</summary>
internal enum QuotaTakeOutcome
{
    /// <summary>A request was taken and more are left.</summary>
    Taken,

    /// <summary>The last request the shared quota had for the window was taken: the window is spent now.</summary>
    TakenAndSpent,

    /// <summary>Nothing reserved is left, but Redis may have more: the window needs a reservation.</summary>
    Short,

    /// <summary>The shared quota is used up for the window: the request is refused.</summary>
    Drained,
}
