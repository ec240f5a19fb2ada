namespace AspireRouter.RouterCore.Providers;

/// <summary>How a provider's image models are called (<c>Providers:{name}:Images:Api</c>).</summary>
public enum ImageApi
{
    /// <summary>OpenRouter's way: chat completions with <c>modalities</c> and <c>image_config</c>; images come back in <c>message.images[]</c>.</summary>
    Chat,

    /// <summary>OpenAI's Images API, <c>POST {base}/images/generations</c> (e.g. Gemini's OpenAI compatibility for Imagen).</summary>
    OpenAiImages,

    /// <summary>Cloudflare Workers AI, <c>POST {base}/{model}</c> with <c>base</c> = <c>.../accounts/{id}/ai/run</c>.</summary>
    Cloudflare,

    /// <summary>Hugging Face text-to-image, <c>POST {base}/{model}</c> with <c>base</c> = <c>https://router.huggingface.co/hf-inference/models</c>; the body is the image.</summary>
    HuggingFace,

    /// <summary>Google's Gemini API, <c>POST {base}/{model}:generateContent</c> with <c>base</c> = <c>https://generativelanguage.googleapis.com/v1beta/models</c>.</summary>
    Gemini,
}
