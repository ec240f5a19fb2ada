using AspireRouter.TestSupport;

namespace AspireRouter.Benchmarks.Tests;

/// <summary>
/// <c>bench/run.sh --smoke</c>: the benchmark harness still builds, starts every service, drives every scenario for a few
/// seconds and prints the comparison table, so it cannot rot between real runs (which are not part of the tests).
/// </summary>
public sealed class BenchSmokeTests
{
    private static readonly string[] LoadRows =
    [
        "500 req/s: latency p50", "500 req/s: latency p99", "500 req/s: achieved req/s",
        "1 connection: req/s", "1 connection: latency p50", "32 connections: max req/s", "32 connections: latency p50",
        "50-chunk streams, 16 at a time: first byte p50", "50-chunk streams, 16 at a time: total p50",
        "open streams: streams opened", "open streams: held open at once", "open streams: finished", "open streams: failed",
        "open streams: peak RSS", "open streams: of the peak, anonymous memory", "open streams: CPU", "failed requests",
    ];

    private static readonly string[] RouterOnlyRows =
    [
        "micro: selection over 3,000 models, mean", "micro: selection over 3,000 models, allocated",
        "micro: selection over 3,000 models with client hints, slowest kind, mean", "micro: selection over 3,000 models with client hints, most allocated",
        "4 image requests of n=10 at 256x256: RSS after", "4 image requests of n=10 at 256x256: private bytes after",
        "4 image requests of n=10 at 256x256: GC heap after",
    ];

    private const string ExactQuotas = "(b2) AspireRouter, exact quotas (one Redis round trip per request)";
    private const string YarpH2c = "(e2) YARP, h2c upstream like the router";

    [Fact]
    public async Task Smoke_PrintsTheTableWithANumberForEveryScenarioAndTarget()
    {
        SystemBinary.Require("wrk", "apt-get install wrk");
        SystemBinary.Require("nginx", "apt-get install nginx-light");
        SystemBinary.Require("redis-server", "apt-get install redis-server");
        SystemBinary.Require("node", "the Node.js of the machine");
        var repository = RepositoryRoot();
        var withPortkey = SystemBinary.IsCi || File.Exists(Path.Combine(repository, "bench", "node_modules", "@portkey-ai", "gateway", "package.json"));
        var results = Path.Combine(Path.GetTempPath(), $"aspirerouter-bench-smoke-{Guid.NewGuid():N}.md");

        try
        {
            var run = await BenchProcess.RunAsync(repository, ["bench/run.sh", "--smoke", "--out", results], TimeSpan.FromMinutes(10));

            Assert.True(run.ExitCode == 0, $"bench/run.sh --smoke exited with {run.ExitCode}:\n{run.Errors}");
            var table = MarkdownTable.Parse(run.Output);
            string[] columns = withPortkey
                ? ["(a) direct", "(b) AspireRouter", ExactQuotas, "(c) Portkey", "(d) nginx", "(e) YARP", YarpH2c]
                : ["(a) direct", "(b) AspireRouter", ExactQuotas, "(d) nginx", "(e) YARP", YarpH2c];
            Assert.Equal(columns, table.Columns);
            foreach (var row in LoadRows)
            {
                Assert.All(columns, column => Assert.True(table.IsNumber(row, column), $"'{row}' has no number for {column}: '{table.Cell(row, column)}'"));
            }

            Assert.All(RouterOnlyRows, row => Assert.True(table.IsNumber(row, "(b) AspireRouter"), $"'{row}' has no number: '{table.Cell(row, "(b) AspireRouter")}'"));
            Assert.Equal(0, table.Number("failed requests", "(b) AspireRouter"));
            Assert.Equal(0, table.Number("failed requests", ExactQuotas));
            Assert.Matches(@"\| 32 connections: max req/s .*≥ 1× YARP \(\d+\.\d+\): (met|\*\*missed\*\*); ≥ 1× YARP h2c \(\d+\.\d+\): (met|\*\*missed\*\*)", run.Output);
            Assert.Matches(@"\| 1 connection: latency p50 .*YARP's.*: (met|\*\*missed\*\*) \|", run.Output);
            Assert.Matches(@"10,000 slow streams through AspireRouter at once, peak RSS ≤ 300 MB, no failed stream: (met|\*\*missed\*\*) \(held \d+ of 200 opened, peak RSS \d+ MB, 0 failed\)", run.Output);
            var written = await File.ReadAllTextAsync(results, TestContext.Current.CancellationToken);
            Assert.Matches(@"Commit: [0-9a-f]{7,} on ", written);
            Assert.Contains("## Machine", written, StringComparison.Ordinal);
            Assert.Contains("## Micro-benchmarks", written, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(results);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "bench", "run.sh")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No bench/run.sh above {AppContext.BaseDirectory}.");
    }
}
