using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>Per-model traffic from routing decisions: every attempt counts toward success rate, answers toward share and latency.</summary>
public static class ModelTrafficCalculator
{
    public static IReadOnlyDictionary<string, ModelTraffic> Compute(IReadOnlyList<RoutingDecision> decisions)
    {
        var attempts = new Dictionary<string, (int Attempts, int Successes)>(StringComparer.Ordinal);
        foreach (var attempt in decisions.SelectMany(decision => decision.Attempts))
        {
            var (count, successes) = attempts.GetValueOrDefault(attempt.Model);
            attempts[attempt.Model] = (count + 1, successes + (attempt.Error is null ? 1 : 0));
        }

        var answers = decisions.Where(decision => decision.ChosenModel is not null && decision.Succeeded)
            .GroupBy(decision => decision.ChosenModel!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (Count: group.Count(), Latency: group.Average(decision => decision.LatencyMs)), StringComparer.Ordinal);
        var answered = answers.Values.Sum(answer => answer.Count);
        return attempts.Keys.Union(answers.Keys).ToDictionary(
            model => model,
            model =>
            {
                var (count, successes) = attempts.GetValueOrDefault(model);
                var hasAnswers = answers.TryGetValue(model, out var answer);
                return new ModelTraffic(count, successes, hasAnswers ? answer.Latency : null, hasAnswers ? answer.Count / (double)answered : 0);
            },
            StringComparer.Ordinal);
    }
}
