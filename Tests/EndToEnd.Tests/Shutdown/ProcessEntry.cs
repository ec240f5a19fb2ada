namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// One running process as <c>/proc</c> shows it. <see cref="StartTime"/> (clock ticks after boot) tells it apart from a later
/// process that is given the same id.
/// </summary>
internal sealed record ProcessEntry(int Id, int ParentId, int SessionId, ulong StartTime, string CommandLine)
{
    /// <summary>What the process runs, for messages: <c>dotnet run RouterApi</c>, <c>GarnetHost.dll</c>, <c>dcp run-controllers</c>.</summary>
    public string Name
    {
        get
        {
            var words = CommandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var program = words.Length > 0 ? Path.GetFileName(words[0]) : "?";
            return (program, words.Length > 1 ? words[1] : null) switch
            {
                ("dotnet", "run") => "dotnet run " + Path.GetFileNameWithoutExtension(ProjectOf(words)),
                ("dotnet", { } assembly) => Path.GetFileName(assembly),
                ("dcp", { } command) => "dcp " + command,
                _ => program,
            };
        }
    }

    public override string ToString() => $"{Name} ({Id})";

    private static string ProjectOf(string[] words)
    {
        var index = Array.IndexOf(words, "--project");
        return index >= 0 && index + 1 < words.Length ? words[index + 1].TrimEnd('/') : "?";
    }
}
