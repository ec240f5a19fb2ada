using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>A catalog source whose next answer (models or a failure) the test sets, and which signals each fetch.</summary>
internal sealed class FakeCatalogSource(string provider) : ICatalogSource
{
    private readonly SemaphoreSlim _fetched = new(0);

    public string Provider => provider;

    public IReadOnlyList<ModelInfo> Models { get; set; } = [];

    public Exception? Failure { get; set; }

    public int Fetches { get; private set; }

    public Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken)
    {
        Fetches++;
        _fetched.Release();
        return Failure is null ? Task.FromResult(Models) : Task.FromException<IReadOnlyList<ModelInfo>>(Failure);
    }

    public async Task WaitForFetchAsync()
    {
        Assert.True(await _fetched.WaitAsync(TimeSpan.FromSeconds(10)), $"{provider} was not fetched");
    }
}
