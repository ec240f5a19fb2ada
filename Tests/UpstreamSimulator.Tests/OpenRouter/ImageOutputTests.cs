using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Net;
using System.Text;
using AspireRouter.TestSupport;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>Image generation (https://openrouter.ai/docs/features/multimodal/image-generation): <c>message.images[]</c> data URLs.</summary>
public sealed class ImageOutputTests
{
    [Fact]
    public async Task Chat_ImageModelWithAspectRatio_ReturnsADecodablePngOfThatSize()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.ImageModel, extra: ""","modalities":["image","text"],"image_config":{"aspect_ratio":"16:9"}""");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionResponse", body);
        var image = (await response.JsonAsync()).GetProperty("choices")[0].GetProperty("message").GetProperty("images")[0];
        Assert.Equal("image_url", image.GetProperty("type").GetString());
        var url = image.GetProperty("image_url").GetProperty("url").GetString()!;
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        Assert.Equal((1344, 768), DecodePng(Convert.FromBase64String(url["data:image/png;base64,".Length..])));
    }

    [Fact]
    public async Task Chat_ImageModelWithoutImageConfig_Draws1024Square()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.ImageModel, stream: true);
        var events = await ServerSentEvents.ReadAsync(response);

        var withImage = events.Chunks.Single(c => c.Contains("\"images\"", StringComparison.Ordinal));
        var url = System.Text.Json.JsonDocument.Parse(withImage).RootElement.GetProperty("choices")[0].GetProperty("delta").GetProperty("images")[0].GetProperty("image_url").GetProperty("url").GetString()!;
        Assert.Equal((1024, 1024), DecodePng(Convert.FromBase64String(url["data:image/png;base64,".Length..])));
    }

    [Fact]
    public async Task Chat_ImageOutputFromATextModel_Gets404()
    {
        // https://openrouter.ai/docs/api-reference/errors: 404 when no provider meets the request's requirements.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, extra: ""","modalities":["image","text"]""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Checks signature, chunk CRCs and inflated pixel data size the way a PNG decoder does; returns the size.</summary>
    private static (int Width, int Height) DecodePng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0, bitDepth = 0;
        using var idat = new MemoryStream();
        var types = new List<string>();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)), Crc32.HashToUInt32(typeAndData));
            types.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        Assert.Equal("IHDR", types[0]);
        Assert.Equal("IEND", types[^1]);
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        Assert.Equal(height * (1 + (((width * bitDepth) + 7) / 8)), inflated.Length);
        return (width, height);
    }
}
