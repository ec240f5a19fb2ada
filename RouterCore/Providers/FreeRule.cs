namespace AspireRouter.RouterCore.Providers;

/// <summary>Which of the models a provider lists belong in the free pool.</summary>
public enum FreeRule
{
    /// <summary>Every listed price is zero (OpenRouter's catalog); the default for OpenRouter catalogs.</summary>
    Pricing,

    /// <summary>Every model the provider lists: its free tier covers them all; the default for other catalogs.</summary>
    All,

    /// <summary>Only the listed models whose upstream id matches one of <see cref="FreeRuleOptions.Models"/>.</summary>
    AllowList,
}
