namespace AspireRouter.GarnetHost;

/// <summary>
/// Where the embedded Garnet listens, the password clients must give and where it keeps its data
/// (env: GARNET__PORT, GARNET__PASSWORD, GARNET__DATADIRECTORY).
/// </summary>
public sealed class GarnetHostOptions
{
    public const string Section = "Garnet";

    public string Bind { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 6379;

    public string? Password { get; set; }

    /// <summary>Where the append-only file and checkpoints live, recovered at start; unset keeps everything in memory only.</summary>
    public string? DataDirectory { get; set; }

    public bool Persists => !string.IsNullOrEmpty(DataDirectory);

    /// <summary>How large the append-only file may grow before Garnet checkpoints the store and truncates it.</summary>
    public string AofSizeLimit { get; set; } = "64m";
}
