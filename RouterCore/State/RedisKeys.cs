using System.Globalization;

namespace AspireRouter.RouterCore.State;

/// <summary>Every Redis key and channel name the services share, in one place (prefix <c>ar:</c>).</summary>
public static class RedisKeys
{
    public const string Prefix = "ar:";
    public const string Catalog = Prefix + "catalog";
    public const string CatalogMeta = Prefix + "catalog:meta";
    public const string Policy = Prefix + "policy";
    public const string Blocked = Prefix + "blocked";
    public const string Requests = Prefix + "requests";
    public const string Keys = Prefix + "keys";
    public const string Events = Prefix + "events";

    /// <summary>Capped list of operator changes (who, what, when).</summary>
    public const string Audit = Prefix + "audit";

    /// <summary>An operator's portal session generation (random): signing out replaces it, which ends every session stamped with another.</summary>
    public static string PortalSessionGeneration(string operatorName) => Prefix + "portal:session:" + operatorName;

    /// <summary>Hash of client key name → requests made with it.</summary>
    public const string KeyUsage = Prefix + "usage:keys";

    /// <summary>Written by each service at start so operators (and tests) can see who shares this store.</summary>
    public const string Services = Prefix + "services";

    /// <summary>The quota window names used in <see cref="Quota(string, string, DateTimeOffset)"/> keys.</summary>
    public const string MinuteWindow = "minute";
    public const string DayWindow = "day";

    /// <summary>A generated image served at <c>/v1/images/files/{id}</c> until the key expires.</summary>
    public static string Image(string id) => Prefix + "image:" + id;

    /// <summary>A stored Responses API response and its conversation, readable and continuable until the key expires.</summary>
    public static string Response(string id) => Prefix + "response:" + id;

    public static string Health(string modelId) => Prefix + "health:" + modelId;

    /// <summary>The model a conversation stuck to (sticky sessions), by its 64-bit id in hex; expires a window after its last served turn.</summary>
    public static string Affinity(ulong conversation) => Prefix + "affinity:" + conversation.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The daily quota RouterApi learned from a provider's upstream (its key endpoint), for the portal; expires unless relearned.</summary>
    public static string LearnedDailyQuota(string provider) => Prefix + "learned-quota:" + provider;

    /// <summary>
    /// A provider's counter for one window instance, e.g. <c>ar:quota:groq:minute:202612050247</c> (its UTC start): a key whose
    /// expiry was lost can never count against a later window.
    /// </summary>
    public static string Quota(string provider, string window, DateTimeOffset windowStart) =>
        Prefix + "quota:" + provider + ":" + window + ":" + WindowStamp(windowStart);

    /// <summary>
    /// What the quota counters of a provider's key are named by, in place of the provider in <see cref="Quota"/>: the provider's name
    /// for its first key (one-key providers keep their counters), <c>{provider}:key{n}</c> for the others, e.g.
    /// <c>ar:quota:openrouter:key2:day:202612050000</c>.
    /// </summary>
    public static string KeyQuotaScope(string provider, int keyNumber) =>
        keyNumber == 1 ? provider : provider + KeyScopeSeparator + keyNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The provider and key number a <see cref="KeyQuotaScope"/> names (a plain provider name is its first key).</summary>
    public static (string Provider, int KeyNumber) ParseKeyQuotaScope(string scope)
    {
        var separator = scope.LastIndexOf(KeyScopeSeparator, StringComparison.Ordinal);
        return separator > 0 && int.TryParse(scope.AsSpan(separator + KeyScopeSeparator.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1
            ? (scope[..separator], number)
            : (scope, 1);
    }

    private const string KeyScopeSeparator = ":key";

    /// <summary>A per-model quota counter of a provider with per-model limits (e.g. Gemini's per-model RPM), for one window instance.</summary>
    public static string ModelQuota(string provider, string modelId, string window, DateTimeOffset windowStart) =>
        Quota(provider, window, windowStart) + ":" + modelId;

    /// <summary>
    /// A client key's request counter for one window instance, e.g. <c>ar:keylimit:minute:202612050247:ci-bot</c>; the key's name
    /// comes last, so a name holding <c>:</c> cannot be mistaken for another window.
    /// </summary>
    public static string ClientKeyLimit(string keyName, string window, DateTimeOffset windowStart) =>
        Prefix + "keylimit:" + window + ":" + WindowStamp(windowStart) + ":" + keyName;

    private static string WindowStamp(DateTimeOffset windowStart) =>
        windowStart.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Hash of running cooldowns: field <c>{scope}|{provider}|{modelId}</c> → until (Unix ms); replicas reload it on reconnect.</summary>
    public const string Cooldowns = Prefix + "cooldowns";

    /// <summary>Hash of gone scopes (provider keys whose free tier died, named by their quota scope): scope → <see cref="Availability.GoneStatus"/> JSON.</summary>
    public const string Gone = Prefix + "gone";

    /// <summary>Sorted set of router replicas by when they last published their load (Unix ms).</summary>
    public const string LoadReplicas = Prefix + "load:replicas";

    /// <summary>Hash of one replica's load: model id → "{in flight} {requests per second}", rewritten each second, short-lived.</summary>
    public static string Load(string replicaId) => Prefix + "load:" + replicaId;

    /// <summary>The <see cref="Policy"/> hash field holding one model's operator weight.</summary>
    public static string WeightField(string modelId) => PolicyFields.WeightPrefix + modelId;

    /// <summary>The <see cref="Policy"/> hash field holding one model alias set in the portal.</summary>
    public static string AliasField(string name) => PolicyFields.AliasPrefix + name;
}
