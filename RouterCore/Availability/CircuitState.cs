namespace AspireRouter.RouterCore.Availability;

public enum CircuitState
{
    Closed,
    Open,

    /// <summary>The break is over; one trial request decides between closed and open.</summary>
    HalfOpen,
}
