using System.Globalization;
using AspireRouter.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

// The default configuration with times in microseconds and sizes in bytes, and a CSV report without units in its cells
// (read by bench/run.sh) beside the GitHub-flavoured markdown one.
var style = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, SizeUnit.B, TimeUnit.Microsecond, printUnitsInContent: false);
var defaults = DefaultConfig.Instance;
var config = ManualConfig.CreateEmpty()
    .AddColumnProvider([.. defaults.GetColumnProviders()])
    .AddColumn(StatisticColumn.P95)
    .AddLogger([.. defaults.GetLoggers()])
    .AddAnalyser([.. defaults.GetAnalysers()])
    .AddValidator([.. defaults.GetValidators()])
    .AddExporter(MarkdownExporter.GitHub, new CsvExporter(CsvSeparator.Semicolon, style))
    .WithSummaryStyle(style);
BenchmarkSwitcher.FromAssembly(typeof(SelectionBenchmarks).Assembly).Run(args, config);
