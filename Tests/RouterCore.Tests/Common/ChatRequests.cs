using System.Text;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Tests.Common;

internal static class ChatRequests
{
    public const string Hello = """{"model":"free","messages":[{"role":"user","content":"Hello"}]}""";

    public static ChatRequest Parse(string json)
    {
        Assert.True(ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out var error), error.Message);
        return request;
    }

    public static ChatRequestError Reject(string json)
    {
        Assert.False(ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out var error));
        Assert.Null(request);
        return error;
    }
}
