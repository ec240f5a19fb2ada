namespace AspireRouter.RouterCore.Load;

/// <summary>A model's load at one instant: upstream attempts in flight, and attempts started per second recently.</summary>
public readonly record struct ModelLoadSample(string ModelId, int InFlight, double RequestsPerSecond)
{
    public ModelLoadSample Plus(ModelLoadSample other) => this with
    {
        InFlight = InFlight + other.InFlight,
        RequestsPerSecond = RequestsPerSecond + other.RequestsPerSecond,
    };
}
