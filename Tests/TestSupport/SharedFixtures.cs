namespace AspireRouter.TestSupport;

/// <summary>The project's recorded data in <c>shared/fixtures</c>, which lies beside the repository (as in CI).</summary>
public static class SharedFixtures
{
    public static string Path(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine([directory.FullName, "shared", "fixtures", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/fixtures/{string.Join('/', parts)} was not found above {AppContext.BaseDirectory}.");
    }
}
