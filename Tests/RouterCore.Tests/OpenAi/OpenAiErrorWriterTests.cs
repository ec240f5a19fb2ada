using System.Text;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class OpenAiErrorWriterTests
{
    [Fact]
    public void ToUtf8Bytes_RequestError_IsOpenAiShaped()
    {
        var error = OpenAiError.InvalidRequest(ChatRequests.Reject("""{"model":"free"}"""));

        var json = Encoding.UTF8.GetString(OpenAiErrorWriter.ToUtf8Bytes(error));

        Assert.Equal("""{"error":{"message":"Missing required parameter: \u0027messages\u0027.","type":"invalid_request_error","param":"messages","code":"missing_required_parameter"}}""", json);
    }

    [Fact]
    public void Write_NullParamAndCode_WritesJsonNulls()
    {
        using var buffer = new PooledByteBufferWriter();

        OpenAiErrorWriter.Write(buffer, new OpenAiError("No model can serve this request.", "server_error", null, null));

        Assert.Equal("""{"error":{"message":"No model can serve this request.","type":"server_error","param":null,"code":null}}""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
