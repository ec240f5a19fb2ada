namespace AspireRouter.TestSupport;

/// <summary>
/// The recorded data in the repository (<c>UpstreamSimulator/Fixtures</c>: OpenRouter's catalog and its history;
/// <c>Tests/Fixtures</c>: OpenAI's OpenAPI description), copied beside each test assembly at build time.
/// </summary>
public static class RecordedFixtures
{
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The fixture Fixtures/{string.Join('/', parts)} is not beside the tests.", path);
    }
}
