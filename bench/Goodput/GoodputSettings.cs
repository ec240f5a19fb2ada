using System.Globalization;

namespace AspireRouter.Goodput;

/// <summary>
/// One goodput run, from the command line (<c>--name value</c>): where the router and the simulator listen, the compressed
/// day (its real start and speed), the offered rate, the quota the providers allow in a day, and the baseline's targets.
/// </summary>
internal sealed record GoodputSettings(
    Uri Router,
    string RouterKey,
    Uri Simulator,
    IReadOnlyList<string> RouterKeySuffixes,
    IReadOnlyList<BaselineTarget> Baseline,
    DateTimeOffset Epoch,
    double Speed,
    int Allowed,
    double LoadFactor,
    int BaselineAttempts,
    string Out)
{
    /// <summary>How long one simulated day lasts in real time.</summary>
    public TimeSpan Day => TimeSpan.FromDays(1) / Speed;

    /// <summary>Requests a second each client offers: <see cref="LoadFactor"/> times what the quotas allow over the day.</summary>
    public double Rate => Allowed * LoadFactor / Day.TotalSeconds;

    public static GoodputSettings Parse(string[] args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }

            (values.TryGetValue(args[i][2..], out var list) ? list : values[args[i][2..]] = []).Add(args[i + 1]);
        }

        string One(string name) => values.TryGetValue(name, out var list) ? list[^1] : throw new ArgumentException($"--{name} is required.");
        string Or(string name, string fallback) => values.TryGetValue(name, out var list) ? list[^1] : fallback;
        var speed = double.Parse(One("speed"), CultureInfo.InvariantCulture);
        if (!double.IsFinite(speed) || speed < 1)
        {
            throw new ArgumentException("--speed must be 1 or more.");
        }

        return new GoodputSettings(
            new Uri(One("router")),
            One("router-key"),
            new Uri(One("simulator")),
            [.. One("router-key-suffixes").Split(',')],
            [.. values.GetValueOrDefault("baseline", []).Select(BaselineTarget.Parse)],
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(One("epoch-ms"), CultureInfo.InvariantCulture)),
            speed,
            int.Parse(One("allowed"), CultureInfo.InvariantCulture),
            double.Parse(Or("load", "2"), CultureInfo.InvariantCulture),
            int.Parse(Or("baseline-attempts", "3"), CultureInfo.InvariantCulture),
            One("out"));
    }
}
