// Each test starts the whole stack (Redis, the simulator and three services); on a 2-core machine several at once starve
// each other past their timeouts, so they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
