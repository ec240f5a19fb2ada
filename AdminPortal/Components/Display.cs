using System.Globalization;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Sizes;

namespace AspireRouter.AdminPortal.Components;

/// <summary>How the portal writes numbers, times and capabilities (invariant culture, UTC).</summary>
public static class Display
{
    private static readonly (ModelCapabilities Flag, string Name)[] CapabilityNames =
    [
        (ModelCapabilities.Tools, "tools"),
        (ModelCapabilities.Vision, "vision"),
        (ModelCapabilities.ResponseFormat, "json"),
        (ModelCapabilities.StructuredOutputs, "structured"),
        (ModelCapabilities.Reasoning, "reasoning"),
        (ModelCapabilities.ImageOutput, "image output"),
        (ModelCapabilities.Embeddings, "embeddings"),
    ];

    public static IReadOnlyList<string> AllCapabilities { get; } = [.. CapabilityNames.Select(pair => pair.Name)];

    public static string Rate(double perSecond) => perSecond.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double? fraction) => fraction is { } value ? (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Milliseconds(double? ms) => ms is { } value ? value.ToString("0", CultureInfo.InvariantCulture) + " ms" : "–";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A trace id shortened as the Aspire dashboard shows it (its first 7 digits), or a dash when there is none.</summary>
    public static string TraceId(string? traceId) => string.IsNullOrEmpty(traceId) ? "–" : traceId[..Math.Min(7, traceId.Length)];

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A model's size: <c>70B</c>, <c>30B (3B active)</c>, or a dash when unknown.</summary>
    public static string Size(ModelSize? size) => size switch
    {
        { TotalBillions: { } total, ActiveBillions: { } active } => $"{Number(total)}B ({Number(active)}B active)",
        { TotalBillions: { } total } => $"{Number(total)}B",
        { ActiveBillions: { } active } => $"{Number(active)}B active",
        _ => "–",
    };

    public static IReadOnlyList<string> Capabilities(ModelCapabilities capabilities) =>
    [
        .. CapabilityNames.Where(pair => capabilities.HasFlag(pair.Flag)).Select(pair => pair.Name),
    ];
}
