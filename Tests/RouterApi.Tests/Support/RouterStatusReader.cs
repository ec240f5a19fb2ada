using System.Text.Json;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Reads <c>GET /v1/router/status</c> as JSON, the way a script or dashboard does.</summary>
internal static class RouterStatusReader
{
    public static async Task<JsonElement> StatusAsync(this RouterTestHost host)
    {
        using var response = await host.Client.GetAsync("v1/router/status", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    public static JsonElement Model(this JsonElement status, string id) =>
        status.GetProperty("models").EnumerateArray().Single(model => model.GetProperty("id").GetString() == id);

    public static int InFlight(this JsonElement status, string id) => status.Model(id).GetProperty("in_flight").GetInt32();

    public static JsonElement Provider(this JsonElement status, string name) =>
        status.GetProperty("providers").EnumerateArray().Single(provider => provider.GetProperty("name").GetString() == name);
}
