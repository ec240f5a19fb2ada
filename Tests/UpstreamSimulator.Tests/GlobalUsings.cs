global using AspireRouter.UpstreamSimulator.Tests.Support;
