using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>Lets at most <see cref="ImagesOptions.MaxConcurrentTranscodes"/> images be decoded and re-encoded at once in the process.</summary>
internal sealed class ImageTranscodeGate(IOptions<ImagesOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentTranscodes, options.Value.MaxConcurrentTranscodes);

    /// <summary>Runs <paramref name="transcode"/> once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<T> transcode, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return transcode();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
