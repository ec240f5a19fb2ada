using AspireRouter.RouterCore.State;
using Microsoft.AspNetCore.Components;

namespace AspireRouter.AdminPortal.Components;

/// <summary>A page that re-reads its data on a <see cref="PeriodicTimer"/> driven by the injected clock, and re-renders.</summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    public const string RedisUnreachable = "Redis is unreachable; showing the last data read.";

    private readonly CancellationTokenSource _stop = new();

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    /// <summary>Whether the first read has finished (failed or not): until then the page shows its initial state.</summary>
    public bool HasLoaded { get; private set; }

    /// <summary>Set while the last read failed.</summary>
    protected string? RefreshError { get; private set; }

    protected virtual TimeSpan RefreshInterval => TimeSpan.FromSeconds(2);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        await ReloadAsync();
        HasLoaded = true;
        // A page closed while it first read its data has nothing left to refresh.
        if (!_stop.IsCancellationRequested)
        {
            _ = RefreshPeriodicallyAsync(_stop.Token);
        }
    }

    /// <summary>Reads the page's data; called at start, on every tick, and after the operator changes something.</summary>
    protected abstract Task RefreshAsync();

    protected async Task ReloadAsync()
    {
        try
        {
            await RefreshAsync();
            RefreshError = null;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            RefreshError = RedisUnreachable;
        }
    }

    private async Task RefreshPeriodicallyAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await InvokeAsync(async () =>
                {
                    await ReloadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }
}
