namespace AspireRouter.Goodput;

/// <summary>
/// The naive client: calls a provider model picked at random straight at the (simulated) upstream, and on a 429 tries another
/// random one, up to <see cref="GoodputSettings.BaselineAttempts"/> calls a request.
/// </summary>
internal sealed class BaselineLoad(HttpClient http, GoodputSettings settings)
{
    public Outcomes Outcomes { get; } = new();

    public async Task SendAsync()
    {
        Outcomes.Request();
        var status = 0;
        for (var attempt = 0; attempt < settings.BaselineAttempts; attempt++)
        {
            var target = settings.Baseline[Random.Shared.Next(settings.Baseline.Count)];
            try
            {
                using var request = ChatBody.Request(target.Url, target.Model, target.Key);
                using var response = await http.SendAsync(request);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            Outcomes.UpstreamCall(status);
            if (status != 429)
            {
                break;
            }
        }

        Outcomes.Answer(status);
    }
}
