using System.Globalization;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>The machine's running processes, read from <c>/proc</c> (Linux).</summary>
internal static class ProcessTable
{
    public static IReadOnlyList<ProcessEntry> Read()
    {
        var entries = new List<ProcessEntry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && TryRead(id) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>Whether this very process (same id, same start) still runs.</summary>
    public static bool IsRunning(ProcessEntry entry) => TryRead(entry.Id)?.StartTime == entry.StartTime;

    /// <summary>The process with this id, or null once it has exited (a zombie has exited too: only its parent has not reaped it).</summary>
    private static ProcessEntry? TryRead(int id)
    {
        string stat;
        string commandLine;
        try
        {
            stat = File.ReadAllText($"/proc/{id}/stat");
            commandLine = File.ReadAllText($"/proc/{id}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid pgrp session ... starttime ...": comm may hold spaces and parentheses, so count from its end.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (fields[0] is "Z" or "X")
        {
            return null;
        }

        return new ProcessEntry(
            id,
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            int.Parse(fields[3], CultureInfo.InvariantCulture),
            ulong.Parse(fields[19], CultureInfo.InvariantCulture),
            commandLine);
    }
}
