namespace AspireRouter.RouterCore.Availability;

/// <summary>What a cooldown or a spent quota covers.</summary>
public enum CooldownScope
{
    /// <summary>Only the model that failed (e.g. upstream capacity of one model).</summary>
    Model,

    /// <summary>Every model of the provider through one of its keys (e.g. OpenRouter's account-wide free-model quota).</summary>
    Provider,
}
