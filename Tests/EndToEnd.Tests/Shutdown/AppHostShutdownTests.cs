using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>SIGTERM (or Ctrl+C) on <c>dotnet run --project AppHost</c> leaves no process of the stack behind within 5 s.</summary>
[Collection(nameof(ShutdownTimingGroup))]
public sealed class AppHostShutdownTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);

    // What every run has, whatever provider keys the machine has (without any, there is the sandbox too).
    private static readonly string[] Expected =
        ["dotnet run AppHost", "AppHost", "dcp start-apiserver", "dcp run-controllers", "Aspire.Dashboard", "GarnetHost.dll", "RouterApi", "HealthProbe", "AdminPortal"];

    [Fact]
    public async Task Sigterm_OnDotnetRunAppHost_LeavesNoProcessOfTheStack_Within5Seconds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Finds the stack's processes in /proc.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        var run = AppHostRun.Start();
        var stack = new StackProcesses(run.LauncherId);
        try
        {
            await run.WaitForOutputAsync("RouterApi is ready", timeout.Token);
            await run.WaitForOutputAsync("AdminPortal is ready", timeout.Token);
            await Eventually.UntilAsync(
                () => Missing(stack.Running()).Count == 0, "every service of the stack runs", StartTimeout);
            var started = stack.Running();

            var time = TimeProvider.System;
            var signalled = time.GetTimestamp();
            await PosixSignal.TerminateAsync(run.LauncherId, timeout.Token);
            var survivors = started;
            while (survivors.Count > 0 && time.GetElapsedTime(signalled) < StopLimit)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, timeout.Token);
                survivors = stack.Running();
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{started.Count} processes; {survivors.Count} left {time.GetElapsedTime(signalled).TotalSeconds:F2} s after SIGTERM");
            Assert.True(
                survivors.Count == 0,
                $"{time.GetElapsedTime(signalled).TotalSeconds:F1} s after SIGTERM these still run: {string.Join(", ", survivors)}" +
                $"\n(of {string.Join(", ", started)})\n{run.Output}");
        }
        finally
        {
            await run.DisposeAsync();
            KillAll(stack.Running());
        }
    }

    private static List<string> Missing(IReadOnlyList<ProcessEntry> running) =>
        [.. Expected.Where(name => !running.Any(entry => entry.Name == name))];

    private static void KillAll(IReadOnlyList<ProcessEntry> survivors)
    {
        foreach (var entry in survivors)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(entry.Id);
                if (ProcessTable.IsRunning(entry))
                {
                    process.Kill();
                }
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
        }
    }
}
