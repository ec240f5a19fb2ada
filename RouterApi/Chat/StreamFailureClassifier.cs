using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// What an error event in an upstream stream stands for: the failure its translation recorded, or the adapter's reading of the
/// event's data. A value the relay keeps in its own fields, so a stream holds no closure for it; <c>default</c> classifies nothing.
/// </summary>
internal readonly struct StreamFailureClassifier(IProviderAdapter adapter, HttpResponseMessage response, TranslatedStream? translated)
{
    public UpstreamFailure? Classify(ReadOnlySpan<byte> data) =>
        adapter is null ? null : translated?.Failure ?? adapter.Classify(response, data);
}
