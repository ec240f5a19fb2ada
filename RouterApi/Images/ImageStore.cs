using System.Buffers.Text;
using System.Security.Cryptography;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Images kept for <c>response_format: "url"</c>: <c>ar:image:{id}</c> with an expiry, under an unguessable 128-bit id, so the id
/// alone grants access, as OpenAI's signed image URLs do, and every router replica can serve it. A request waits on Redis no
/// longer than the <see cref="RedisBudget"/>.
/// </summary>
internal sealed class ImageStore(IConnectionMultiplexer redis, RedisBudget budget, IOptions<ImagesOptions> options)
{
    private const int IdBytes = 16;
    private static readonly int IdLength = Base64Url.GetEncodedLength(IdBytes);
    private readonly TimeSpan _lifetime = options.Value.UrlLifetime;

    /// <returns>The image's id.</returns>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: Redis is unreachable, failing or slower than the budget.</exception>
    public async Task<string> SaveAsync(byte[] image)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        await budget.WithinAsync(redis.GetDatabase().StringSetAsync(RedisKeys.Image(id), image, _lifetime));
        return id;
    }

    /// <returns>The image, or null when the id is malformed, unknown or expired.</returns>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: Redis is unreachable, failing or slower than the budget.</exception>
    public async Task<byte[]?> LoadAsync(string id) =>
        id.Length == IdLength && Base64Url.IsValid(id) ? (byte[]?)await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.Image(id))) : null;
}
