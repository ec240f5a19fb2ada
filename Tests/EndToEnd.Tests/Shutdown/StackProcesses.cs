using System.Globalization;
using System.Text.RegularExpressions;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// The processes of one AppHost run, told apart from any other stack on the machine: the launcher and its descendants; DCP,
/// which detaches into sessions of its own and names the AppHost it serves (<c>--monitor {pid}</c>); everything in those
/// sessions, so a service whose parent died (and which the kernel re-parented) still counts; and every process seen once
/// that still runs.
/// </summary>
internal sealed partial class StackProcesses(int launcherId)
{
    private readonly HashSet<int> _sessions = [];
    private readonly HashSet<(int Id, ulong StartTime)> _seen = [];

    /// <summary>The stack's processes running now.</summary>
    public IReadOnlyList<ProcessEntry> Running()
    {
        var table = ProcessTable.Read();
        var members = table.Where(entry => (_seen.Count == 0 && entry.Id == launcherId) || _seen.Contains((entry.Id, entry.StartTime))).ToDictionary(entry => entry.Id);
        bool grew;
        do
        {
            grew = false;
            foreach (var entry in table)
            {
                if (!members.ContainsKey(entry.Id) && BelongsTo(entry, members))
                {
                    members[entry.Id] = entry;
                    grew = true;
                }
            }

            foreach (var leader in members.Values.Where(entry => entry.SessionId == entry.Id))
            {
                grew |= _sessions.Add(leader.Id);
            }
        }
        while (grew);

        _seen.UnionWith(members.Values.Select(entry => (entry.Id, entry.StartTime)));
        return [.. members.Values.OrderBy(entry => entry.Id)];
    }

    private bool BelongsTo(ProcessEntry entry, Dictionary<int, ProcessEntry> members) =>
        members.ContainsKey(entry.ParentId)
        || _sessions.Contains(entry.SessionId)
        || (MonitorOption().Match(entry.CommandLine) is { Success: true } monitor && members.ContainsKey(int.Parse(monitor.Groups["id"].ValueSpan, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^\S*/dcp .*--monitor (?<id>\d+)")]
    private static partial Regex MonitorOption();
}
