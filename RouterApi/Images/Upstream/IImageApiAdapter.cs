using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Speaks one provider image API: builds the call for one image and finds the image in a successful response.</summary>
internal interface IImageApiAdapter
{
    ImageApi Api { get; }

    HttpRequestMessage CreateRequest(ImageCall call);

    /// <summary>The image in a 2xx response body (dispose it, before the body), or null when it holds none (e.g. the model only wrote text).</summary>
    UpstreamImage? Read(ReadOnlyMemory<byte> body);
}
