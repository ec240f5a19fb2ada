using AspireRouter.UpstreamSimulator.Hosting;

var app = SimulatorApplication.Build(WebApplication.CreateBuilder(args));
app.Run();
