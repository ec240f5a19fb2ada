using System.Runtime.CompilerServices;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Common;

/// <summary>
/// bunit's waits are conditions, not sleeps; their default one-second budget is too short for a render that reads Redis while
/// CI runs every test project at once on 2 cores, so the budget is raised for the whole assembly.
/// </summary>
internal static class WaitTimeoutSetup
{
    [ModuleInitializer]
    internal static void RaiseDefaultWaitTimeout() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
}
