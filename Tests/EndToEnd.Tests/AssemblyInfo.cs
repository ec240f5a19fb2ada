// Each test starts the whole stack (Redis, the simulator and three services); on a 2-core machine several at once starve
// each other past their timeouts, so all of them share one collection and run one after another.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
