using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Type info for the state layer's Redis values, and (de)serialization that skips entries another writer mangled.</summary>
public static class StateJson
{
    public static JsonTypeInfo<AuditEntry> AuditEntry => StateJsonContext.Default.AuditEntry;

    public static JsonTypeInfo<RoutingDecision> RoutingDecision => StateJsonContext.Default.RoutingDecision;

    public static JsonTypeInfo<ClientKeyRecord> ClientKeyRecord => StateJsonContext.Default.ClientKeyRecord;

    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    public static T? TryDeserialize<T>(RedisValue value, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((ReadOnlySpan<byte>)(byte[])value!, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<T> DeserializeAll<T>(RedisValue[] values, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var items = new List<T>(values.Length);
        foreach (var value in values)
        {
            if (TryDeserialize(value, typeInfo) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }
}
