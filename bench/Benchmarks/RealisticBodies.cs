using System.Text;

namespace AspireRouter.Benchmarks;

/// <summary>Request bodies shaped like an agent's: a long system prompt, several turns, tools, an image, sampling options.</summary>
internal static class RealisticBodies
{
    private const string Paragraph =
        "You are a careful assistant for a travel agency. Answer briefly, cite the booking reference when you have one, " +
        "never invent prices, and call a tool when the user asks about weather or availability. ";

    public static byte[] Conversation()
    {
        var system = string.Concat(Enumerable.Repeat(Paragraph, 6));
        const string template = """
            {"model":"free","temperature":0.7,"top_p":0.9,"max_tokens":512,"stream":false,"user":"customer-4821",
             "messages":[
              {"role":"system","content":"SYSTEM_PROMPT"},
              {"role":"user","content":"I am flying to Lisbon on the 14th. What will the weather be like?"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Lisbon\",\"date\":\"2026-12-14\"}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"{\"high\":16,\"low\":9,\"sky\":\"partly cloudy\"}"},
              {"role":"assistant","content":"Expect 9 to 16 °C and a partly cloudy sky in Lisbon on the 14th."},
              {"role":"user","content":[{"type":"text","text":"Is this hotel near the old town?"},{"type":"image_url","image_url":{"url":"https://example.com/hotel.jpg","detail":"low"}}]},
              {"role":"assistant","content":"Yes, the photo shows the Alfama district, a short walk from the castle."},
              {"role":"user","content":"Great. Is there a room free from the 14th to the 18th?"}],
             "tools":[
              {"type":"function","function":{"name":"weather","description":"Forecast for a city and a date","parameters":{"type":"object","properties":{"city":{"type":"string"},"date":{"type":"string","format":"date"}},"required":["city","date"]}}},
              {"type":"function","function":{"name":"availability","description":"Free rooms of a hotel between two dates","parameters":{"type":"object","properties":{"hotel":{"type":"string"},"from":{"type":"string","format":"date"},"to":{"type":"string","format":"date"}},"required":["hotel","from","to"]}}}],
             "tool_choice":"auto"}
            """;
        return Encoding.UTF8.GetBytes(template.Replace("SYSTEM_PROMPT", system, StringComparison.Ordinal));
    }
}
