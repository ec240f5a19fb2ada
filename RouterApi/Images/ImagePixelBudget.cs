using System.Globalization;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Images;

/// <summary>Refuses a request whose images would have more pixels in all than <see cref="ImagesOptions.MaxPixelsPerRequest"/>.</summary>
internal static class ImagePixelBudget
{
    /// <summary>What <c>size: "auto"</c> counts as: the size image models make when none is asked.</summary>
    public static readonly ImageDimensions AutoSize = new(1024, 1024);

    /// <returns>Null when the request fits; else the 400 to answer, naming how many images of that size would.</returns>
    public static OpenAiError? Check(ImageGenerationRequest request, long maxPixels)
    {
        var size = request.Size ?? AutoSize;
        var each = (long)size.Width * size.Height;
        if (each * request.N <= maxPixels)
        {
            return null;
        }

        var fits = maxPixels / each;
        var sizeText = request.Size?.ToString() ?? "auto";
        return fits == 0
            ? new OpenAiError(
                string.Create(CultureInfo.InvariantCulture, $"Invalid 'size': one image of {sizeText} has {each} pixels, more than this router makes per request ({maxPixels})."),
                OpenAiError.InvalidRequestType,
                "size",
                "image_pixels_above_limit")
            : new OpenAiError(
                string.Create(CultureInfo.InvariantCulture, $"Invalid 'n': {request.N} images of {sizeText} have {each * request.N} pixels, more than this router makes per request ({maxPixels}); ask for at most {fits} at this size, or a smaller size."),
                OpenAiError.InvalidRequestType,
                "n",
                "image_pixels_above_limit");
    }
}
