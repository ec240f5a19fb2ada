namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>The values <see cref="SimulatorOptions.Mode"/> accepts.</summary>
public static class SimulatorModes
{
    public const string Realistic = "realistic";
    public const string ZeroLatency = "zero-latency";

    public static bool IsKnown(string? mode) => mode is Realistic or ZeroLatency;
}
