namespace AspireRouter.RouterCore.Selection;

/// <summary>The operator's weight for one model (a list entry: model ids contain ':', which configuration keys cannot).</summary>
public sealed record ModelWeight
{
    public string Model { get; init; } = "";

    public double Weight { get; init; } = RoutingPolicy.DefaultWeight;
}
