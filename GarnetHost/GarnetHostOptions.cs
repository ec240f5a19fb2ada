namespace AspireRouter.GarnetHost;

/// <summary>Where the embedded Garnet listens and the password clients must give (env: GARNET__PORT, GARNET__PASSWORD).</summary>
public sealed class GarnetHostOptions
{
    public const string Section = "Garnet";

    public string Bind { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 6379;

    public string? Password { get; set; }
}
