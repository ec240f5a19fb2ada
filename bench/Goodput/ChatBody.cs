using System.Net.Http.Headers;
using System.Text;

namespace AspireRouter.Goodput;

/// <summary>The small chat completion both clients send.</summary>
internal static class ChatBody
{
    public static HttpRequestMessage Request(Uri url, string model, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(
                $$"""{"model":"{{model}}","max_tokens":16,"messages":[{"role":"user","content":"Say hello in one word."}]}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
