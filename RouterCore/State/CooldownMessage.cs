using System.Globalization;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// How a cooldown travels on <c>ar:events</c> and sits in <c>ar:cooldowns</c>: <c>cooldown|{scope}|{provider}|{untilMs}|{modelId}</c>
/// (the model id last, since ids contain colons and slashes). A provider-scope cooldown names the key it belongs to by its quota
/// scope (<see cref="RedisKeys.KeyQuotaScope"/>: the provider's name for its first key, <c>{provider}:key{n}</c> for the others).
/// </summary>
public static class CooldownMessage
{
    public const string Prefix = "cooldown|";

    public static string Format(CooldownNotice notice) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Field(notice)}|{notice.Until.ToUnixTimeMilliseconds()}");

    /// <summary>The <c>ar:cooldowns</c> field for a notice: <c>{scope}|{provider}|{modelId}</c>.</summary>
    public static string Field(CooldownNotice notice) =>
        notice.Scope == CooldownScope.Provider
            ? $"provider|{RedisKeys.KeyQuotaScope(notice.Provider, notice.KeyNumber)}|{notice.ModelId}"
            : $"model|{notice.Provider}|{notice.ModelId}";

    public static bool TryParse(string? message, out CooldownNotice notice)
    {
        notice = default;
        if (message is null || !message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = message.LastIndexOf('|');
        return long.TryParse(message.AsSpan(separator + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var untilMs)
            && TryParseField(message[Prefix.Length..separator], untilMs, out notice);
    }

    /// <summary>Reads an <c>ar:cooldowns</c> entry back into a notice.</summary>
    public static bool TryParseField(string field, long untilMs, out CooldownNotice notice)
    {
        notice = default;
        var parts = field.Split('|', 3);
        if (parts.Length != 3 || parts[0] is not ("model" or "provider"))
        {
            return false;
        }

        var until = DateTimeOffset.FromUnixTimeMilliseconds(untilMs);
        if (parts[0] == "model")
        {
            notice = new CooldownNotice(parts[2], parts[1], CooldownScope.Model, until);
            return true;
        }

        var (provider, keyNumber) = RedisKeys.ParseKeyQuotaScope(parts[1]);
        notice = new CooldownNotice(parts[2], provider, CooldownScope.Provider, until, keyNumber);
        return true;
    }
}
