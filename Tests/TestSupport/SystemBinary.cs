namespace AspireRouter.TestSupport;

/// <summary>Finds system binaries tests need; outside CI a missing one skips the test, under CI=true it fails it.</summary>
public static class SystemBinary
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require(string name, string installHint)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        var message = $"'{name}' is not installed ({installHint}).";
        if (IsCi)
        {
            throw new InvalidOperationException(message + " CI=true requires it: .ci/run installs it.");
        }

        Assert.Skip(message + " Skipped outside CI.");
        return name;
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
