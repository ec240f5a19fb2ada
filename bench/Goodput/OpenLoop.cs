namespace AspireRouter.Goodput;

/// <summary>Starts <paramref name="send"/> at a fixed rate from <paramref name="start"/> until <paramref name="end"/>, whatever the answers take.</summary>
internal static class OpenLoop
{
    public static async Task RunAsync(DateTimeOffset start, DateTimeOffset end, double rate, Func<Task> send)
    {
        var sent = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        for (var at = start; at < end; at += interval)
        {
            var wait = at - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sent.Add(Task.Run(send));
        }

        await Task.WhenAll(sent);
    }
}
