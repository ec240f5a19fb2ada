namespace AspireRouter.Goodput;

/// <summary>A client of the router: asks for the virtual model <c>free</c> and takes the router's answer as final.</summary>
internal sealed class RouterLoad(HttpClient http, GoodputSettings settings)
{
    private readonly Uri _url = new(settings.Router, "v1/chat/completions");

    public Outcomes Outcomes { get; } = new();

    public async Task SendAsync()
    {
        Outcomes.Request();
        try
        {
            using var request = ChatBody.Request(_url, "free", settings.RouterKey);
            using var response = await http.SendAsync(request);
            Outcomes.Answer((int)response.StatusCode);
        }
        catch (HttpRequestException)
        {
            Outcomes.Answer(0);
        }
    }
}
