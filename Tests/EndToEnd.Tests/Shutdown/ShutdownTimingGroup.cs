namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// The tests that time a stop: they run one at a time, after the other tests, so that other stacks starting on the same cores
/// do not make up the time they measure.
/// </summary>
[CollectionDefinition(nameof(ShutdownTimingGroup), DisableParallelization = true)]
public sealed class ShutdownTimingGroup;
