using System.Buffers.Text;
using System.Security.Cryptography;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Images kept for <c>response_format: "url"</c>: <c>ar:image:{id}</c> with an expiry, under an unguessable 128-bit id, so the id
/// alone grants access, as OpenAI's signed image URLs do, and every router replica can serve it. A request waits on Redis no
/// longer than the <see cref="RedisBudget"/>; while Redis fails, images are kept by this replica (<see cref="LocalImageFallback"/>).
/// </summary>
internal sealed class ImageStore(
    IConnectionMultiplexer redis,
    RedisBudget budget,
    LocalImageFallback local,
    IOptions<ImagesOptions> options,
    TimeProvider time)
{
    private const int IdBytes = 16;
    private static readonly int IdLength = Base64Url.GetEncodedLength(IdBytes);
    private readonly TimeSpan _lifetime = options.Value.UrlLifetime;

    /// <returns>The image's id.</returns>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: Redis failed and this replica has no room left to keep the image.</exception>
    public async Task<string> SaveAsync(byte[] image)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        try
        {
            await budget.WithinAsync(redis.GetDatabase().StringSetAsync(RedisKeys.Image(id), image, _lifetime));
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            if (!local.TryKeep(id, image, time.GetUtcNow() + _lifetime))
            {
                throw;
            }
        }

        return id;
    }

    /// <returns>The image, or null when the id is malformed, unknown or expired.</returns>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: the image is not kept here and Redis is unreachable, failing or slow.</exception>
    public async Task<byte[]?> LoadAsync(string id)
    {
        if (id.Length != IdLength || !Base64Url.IsValid(id))
        {
            return null;
        }

        return local.Find(id) ?? (byte[]?)await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.Image(id)));
    }
}
