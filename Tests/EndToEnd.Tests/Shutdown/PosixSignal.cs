namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>Sends SIGTERM, what a service manager or <c>kill</c> sends to stop a process (.NET's own Kill sends SIGKILL).</summary>
internal static class PosixSignal
{
    public static Task TerminateAsync(int processId, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync("kill", ["-TERM", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/", null, cancellationToken);
}
