using AspireRouter.AdminPortal.Pool;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.AdminPortal.Components.Models;

/// <summary>The Models page's filters; null matches everything. A state is an availability state's name or <see cref="BlockedState"/>.</summary>
public sealed record ModelFilter(string? Provider, string? Capability, string? State)
{
    public const string BlockedState = "blocked";

    public static ModelFilter All { get; } = new(null, null, null);

    public static IReadOnlyList<string> States { get; } =
        [.. Enum.GetValues<AvailabilityState>().Select(state => state.ToString().ToLowerInvariant()), BlockedState];

    public bool Matches(ModelRow row) =>
        (Provider is null || row.Provider == Provider)
        && (Capability is null || Display.Capabilities(row.Model.Capabilities).Contains(Capability))
        && (State is null || (State == BlockedState ? row.Blocked : row.Status.State.ToString().Equals(State, StringComparison.OrdinalIgnoreCase)));
}
