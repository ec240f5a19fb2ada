using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// The models a client named (<c>model</c>, then <c>models</c>), in order, skipping unknown, blocked, unavailable and repeated
/// ones. A named model whose open model other providers also serve stands for all of them: its family is sampled by weight.
/// </summary>
internal static class ExplicitCandidates
{
    private const int MaxFamilySize = 64;

    /// <summary>Writes catalog positions to <paramref name="destination"/>; returns how many.</summary>
    public static int Add(
        CandidateTable table,
        ChatRequest request,
        in RequestRequirements requirements,
        ICandidateSelector selector,
        DateTimeOffset now,
        Span<int> destination,
        ref DateTimeOffset? earliestReset)
    {
        var named = new Named(table, requirements, selector, now);
        var count = named.Add(request.Model, destination, 0, ref earliestReset);
        for (var i = 0; i < request.Models.Count && count < destination.Length; i++)
        {
            count = named.Add(request.Models[i], destination, count, ref earliestReset);
        }

        return count;
    }

    private readonly ref struct Named(CandidateTable table, in RequestRequirements requirements, ICandidateSelector selector, DateTimeOffset now)
    {
        private readonly RequestRequirements _requirements = requirements;

        public int Add(string? modelId, Span<int> destination, int count, ref DateTimeOffset? earliestReset)
        {
            var position = modelId is null || count == destination.Length ? -1 : table.Catalog.IndexOf(modelId);
            if (position < 0)
            {
                return count;
            }

            var family = table.Catalog.FamilyOf(position);
            return family.Length == 1
                ? AddOne(position, destination, count, ref earliestReset)
                : AddFamily(position, family, destination, count, ref earliestReset);
        }

        private int AddOne(int position, Span<int> destination, int count, ref DateTimeOffset? earliestReset) =>
            IsUsable(position, destination[..count], ref earliestReset) ? Append(destination, count, position) : count;

        // The family's members that can serve, ordered by weight like the pool; the named one last if the operator weighs it 0.
        private int AddFamily(int named, ReadOnlySpan<int> family, Span<int> destination, int count, ref DateTimeOffset? earliestReset)
        {
            Span<int> members = stackalloc int[Math.Min(family.Length, MaxFamilySize)];
            Span<double> weights = stackalloc double[members.Length];
            var found = 0;
            var namedUsable = false;
            foreach (var member in family)
            {
                if (found == members.Length || !IsUsable(member, destination[..count], ref earliestReset))
                {
                    continue;
                }

                var weight = table.OperatorWeights[member];
                namedUsable |= member == named;
                if (weight > 0 && (member == named || _requirements.IsMetBy(table.Catalog.Models[member])))
                {
                    members[found] = member;
                    weights[found++] = weight * table.Health[member].HealthScore();
                }
            }

            var free = destination[count..];
            var ordered = selector.Order(weights[..found], free);
            for (var i = 0; i < ordered; i++)
            {
                free[i] = members[free[i]];
            }

            count += ordered;
            return namedUsable && count < destination.Length && !destination[..count].Contains(named) ? Append(destination, count, named) : count;
        }

        private bool IsUsable(int position, ReadOnlySpan<int> planned, ref DateTimeOffset? earliestReset)
        {
            if (table.Blocked[position] || planned.Contains(position))
            {
                return false;
            }

            var health = table.Health[position];
            if (!health.IsAvailable(now))
            {
                earliestReset = CandidateFilter.Earlier(earliestReset, health.CoolingUntil(now));
                return false;
            }

            return true;
        }

        private static int Append(Span<int> destination, int count, int position)
        {
            destination[count] = position;
            return count + 1;
        }
    }
}
