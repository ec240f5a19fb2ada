namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Awaits a condition that another process or replica makes true, failing the test if it isn't within the bound.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, TimeSpan within) => TrueAsync(() => Task.FromResult(condition()), within);

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(within);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }

                await Task.Delay(10, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"The condition did not become true within {within.TotalSeconds} s.");
            }
            catch (HttpRequestException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(10, deadline.Token);
            }
        }
    }
}
