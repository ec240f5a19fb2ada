using System.Globalization;

namespace AspireRouter.GarnetHost;

/// <summary>Garnet's command line for the configured options.</summary>
internal static class GarnetArguments
{
    public static string[] For(GarnetHostOptions options)
    {
        List<string> args = ["--bind", options.Bind, "--port", options.Port.ToString(CultureInfo.InvariantCulture)];
        if (!string.IsNullOrEmpty(options.Password))
        {
            args.AddRange(["--auth", "Password", "--password", options.Password]);
        }

        if (options.Persists)
        {
            // Every write is appended and committed at once (commit frequency 0). Past the size limit Garnet checkpoints the
            // store and truncates the file, deleting whole segments (32m, the smallest its 32m pages allow; 1g by default),
            // so a restart replays a bounded log on top of the latest checkpoint. Both live under the checkpoint directory
            // (AOF/, Store/); --logdir is only for tiering records to disk, which this store never needs. A checkpoint writes
            // the whole hash index: 1m (16k buckets) holds the router's few thousand keys, where the 128m default would write
            // 128 MB each time. The managed RandomAccess device, since the default native one needs a libaio many hosts lack.
            args.AddRange([
                "--aof", "--aof-commit-freq", "0", "--aof-size-limit", options.AofSizeLimit,
                "--checkpointdir", options.DataDirectory!, "--recover", "--device-type", "RandomAccess",
                "--aof-segment-size", "32m", "--index", "1m",
            ]);
        }

        return [.. args];
    }
}
