using System.Runtime.CompilerServices;

namespace AspireRouter.AdminPortal.Tests.Common;

/// <summary>
/// bunit's synchronous waits each hold a pool thread while the renderer's dispatcher needs another; with many tests in
/// parallel on a 2-core machine the pool's slow growth starves the dispatcher, so the pool starts with enough threads.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
    }
}
