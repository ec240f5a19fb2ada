using System.Collections.Concurrent;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Images this replica made while Redis could not store them, kept in memory until their URL expires, so a
/// <c>response_format: "url"</c> request is still answered (its URL served by this replica). Bounded to
/// <see cref="CapacityBytes"/>: past it an image is not kept and the request is told its images could not be stored.
/// </summary>
internal sealed class LocalImageFallback(TimeProvider time)
{
    public const long CapacityBytes = 64L * 1024 * 1024;
    private readonly ConcurrentDictionary<string, (byte[] Image, DateTimeOffset ExpiresAt)> _images = new(StringComparer.Ordinal);
    private long _bytes;

    public bool TryKeep(string id, byte[] image, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(image);
        RemoveExpired();
        if (Interlocked.Add(ref _bytes, image.Length) > CapacityBytes)
        {
            Interlocked.Add(ref _bytes, -image.Length);
            return false;
        }

        _images[id] = (image, expiresAt);
        return true;
    }

    /// <returns>The image kept under <paramref name="id"/>, or null when none is (or it expired).</returns>
    public byte[]? Find(string id) =>
        _images.TryGetValue(id, out var kept) && kept.ExpiresAt > time.GetUtcNow() ? kept.Image : null;

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (id, kept) in _images)
        {
            if (kept.ExpiresAt <= now && _images.TryRemove(id, out var removed))
            {
                Interlocked.Add(ref _bytes, -removed.Image.Length);
            }
        }
    }
}
