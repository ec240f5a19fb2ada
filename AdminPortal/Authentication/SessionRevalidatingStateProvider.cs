using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// The authentication state of an open page (a Blazor circuit): every <see cref="AdminOptions.RevalidationInterval"/> it asks
/// <see cref="OperatorSessionValidator"/> whether the session still stands, and when it does not, the page's operator becomes
/// anonymous, which sends the page to the sign-in page. Like RevalidatingServerAuthenticationStateProvider, on a TimeProvider.
/// </summary>
internal sealed partial class SessionRevalidatingStateProvider : ServerAuthenticationStateProvider, IDisposable
{
    private readonly OperatorSessionValidator _validator;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionRevalidatingStateProvider> _logger;
    private CancellationTokenSource? _revalidation;

    public SessionRevalidatingStateProvider(
        OperatorSessionValidator validator,
        IOptions<AdminOptions> options,
        TimeProvider time,
        ILogger<SessionRevalidatingStateProvider> logger)
    {
        _validator = validator;
        _interval = options.Value.RevalidationInterval;
        _time = time;
        _logger = logger;
        AuthenticationStateChanged += StartRevalidating;
    }

    public void Dispose()
    {
        AuthenticationStateChanged -= StartRevalidating;
        Stop(Interlocked.Exchange(ref _revalidation, null));
    }

    private void StartRevalidating(Task<AuthenticationState> state)
    {
        var revalidation = new CancellationTokenSource();
        Stop(Interlocked.Exchange(ref _revalidation, revalidation));
        _ = RevalidateAsync(state, revalidation.Token);
    }

    private static void Stop(CancellationTokenSource? revalidation)
    {
        revalidation?.Cancel();
        revalidation?.Dispose();
    }

    private async Task RevalidateAsync(Task<AuthenticationState> state, CancellationToken cancellation)
    {
        var user = (await state).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_interval, _time, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var verdict = await ValidateAsync(user);
            if (verdict != SessionVerdict.Valid && !cancellation.IsCancellationRequested)
            {
                LogEnded(_logger, verdict);
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
                return;
            }
        }
    }

    /// <summary>The session's verdict; a check that fails unexpectedly ends the session rather than leave the page unchecked.</summary>
    private async Task<SessionVerdict> ValidateAsync(ClaimsPrincipal user)
    {
        try
        {
            return await _validator.ValidateAsync(user);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCheckFailed(_logger, exception);
            return SessionVerdict.StoreUnreachable;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not recheck an open portal page's session; closing it")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed an open portal page: its session ended ({Verdict})")]
    private static partial void LogEnded(ILogger logger, SessionVerdict verdict);
}
