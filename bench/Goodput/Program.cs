using AspireRouter.Goodput;

// Drives the router and the naive baseline at the same rate over one simulated day, then writes the goodput table.
var settings = GoodputSettings.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(30) };
var router = new RouterLoad(http, settings);
var baseline = new BaselineLoad(http, settings);

// Stop a little before the simulated midnight, so no request is counted against the next day's quotas.
var end = settings.Epoch + (settings.Day * 0.99);
Console.WriteLine($"goodput: {settings.Rate:0.0} requests/s to each client from {settings.Epoch:HH:mm:ss} for {settings.Day.TotalSeconds:0} s");
await Task.WhenAll(
    OpenLoop.RunAsync(settings.Epoch, end, settings.Rate, router.SendAsync),
    OpenLoop.RunAsync(settings.Epoch, end, settings.Rate, baseline.SendAsync));

var (calls, refused) = await UpstreamLog.RouterCallsAsync(http, settings);
router.Outcomes.SetUpstream(calls, refused);
var table = GoodputReport.Table(settings, router.Outcomes, baseline.Outcomes);
Console.Write(table);
await File.WriteAllTextAsync(settings.Out, table);
