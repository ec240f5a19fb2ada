namespace AspireRouter.AdminPortal.Authentication;

/// <summary>A sign-in attempt's outcome and, when throttled, how long until the next attempt is considered.</summary>
internal readonly record struct SignInResult(SignInOutcome Outcome, TimeSpan RetryAfter = default);
