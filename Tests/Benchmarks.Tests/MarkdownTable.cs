using System.Globalization;

namespace AspireRouter.Benchmarks.Tests;

/// <summary>The comparison table bench/run.sh prints: a header of columns, then one row per scenario and metric.</summary>
internal sealed class MarkdownTable
{
    private readonly Dictionary<string, string[]> _rows;

    private MarkdownTable(IReadOnlyList<string> columns, Dictionary<string, string[]> rows)
    {
        Columns = columns;
        _rows = rows;
    }

    /// <summary>The measured columns, between the row label and the target note.</summary>
    public IReadOnlyList<string> Columns { get; }

    public static MarkdownTable Parse(string text)
    {
        var lines = text.Split('\n').Where(l => l.StartsWith('|')).Select(Cells).ToList();
        Assert.True(lines.Count > 2, $"No table in the output:\n{text}");
        var rows = lines.Skip(2).ToDictionary(cells => cells[0], cells => cells[1..^1], StringComparer.Ordinal);
        return new MarkdownTable(lines[0][1..^1], rows);
    }

    /// <summary>The cell of the row whose label starts with <paramref name="row"/>.</summary>
    public string Cell(string row, string column)
    {
        var label = _rows.Keys.FirstOrDefault(k => k.StartsWith(row, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"No row '{row}'.");
        return _rows[label][Columns.ToList().IndexOf(column)];
    }

    public bool IsNumber(string row, string column) => TryNumber(Cell(row, column), out _);

    public double Number(string row, string column) =>
        TryNumber(Cell(row, column), out var value) ? value : throw new Xunit.Sdk.XunitException($"'{row}' for {column} is not a number.");

    // A cell is a number, possibly followed by its difference or ratio to the baseline: "0.412 (+0.120)".
    private static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
