using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Images;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>
/// Workers AI text-to-image, <c>POST /cloudflare/client/v4/accounts/{account}/ai/run/{model}</c>: a bearer token, a JSON body
/// with <c>prompt</c>; FLUX schnell answers a base64 JPEG in <c>result.image</c>, other models the PNG itself (1024x1024).
/// </summary>
internal sealed class CloudflareImageHandler(FaultScript faults, RequestLog log)
{
    public const string Provider = "cloudflare";
    private const string FluxSchnell = "@cf/black-forest-labs/flux-1-schnell";

    public async Task HandleAsync(HttpContext context, string model)
    {
        var trace = log.Start(Provider, context.Request.Path);
        trace.Model = model;
        try
        {
            await ServeAsync(context, model);
        }
        finally
        {
            log.Record(trace.Complete(context.Response.StatusCode));
        }
    }

    private async Task ServeAsync(HttpContext context, string model)
    {
        if (BearerKey.From(context.Request) is null)
        {
            await CloudflareResponses.WriteErrorAsync(context.Response, StatusCodes.Status401Unauthorized, 10000, "Authentication error");
            return;
        }

        if (await ReadPromptAsync(context.Request) is not { Length: > 0 } prompt)
        {
            await CloudflareResponses.WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, 5006, "Error: required properties at '/' are 'prompt'");
            return;
        }

        if (faults.Draw(Provider, model, BearerKey.From(context.Request)) is { } fault)
        {
            await WriteFaultAsync(context.Response, fault);
            return;
        }

        var shade = (byte)(prompt.Length * 37 % 256);
        if (model == FluxSchnell)
        {
            await CloudflareResponses.WriteImageAsync(context.Response, JpegEncoder.SolidColor(1024, 1024, shade, 96, 160));
            return;
        }

        var png = PngEncoder.SolidColor(1024, 1024, shade, 160, 96);
        context.Response.ContentType = "image/png";
        await context.Response.Body.WriteAsync(png, context.RequestAborted);
    }

    private static async Task<string?> ReadPromptAsync(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("prompt", out var prompt)
                && prompt.ValueKind == JsonValueKind.String
                ? prompt.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task WriteFaultAsync(HttpResponse response, FaultDecision fault) => fault.Kind switch
    {
        FaultKinds.RateLimitDay => CloudflareResponses.WriteErrorAsync(
            response, StatusCodes.Status429TooManyRequests, 4006, "you have used up your daily free allocation of 10,000 neurons, please upgrade to Cloudflare's Workers Paid plan", fault.RetryAfterSeconds),
        FaultKinds.BadGateway502 or FaultKinds.Unavailable503 => CloudflareResponses.WriteErrorAsync(
            response, fault.Kind == FaultKinds.BadGateway502 ? StatusCodes.Status502BadGateway : StatusCodes.Status503ServiceUnavailable, 3043, "Internal server error", fault.RetryAfterSeconds),
        _ => CloudflareResponses.WriteErrorAsync(
            response, StatusCodes.Status429TooManyRequests, 3040, "Capacity temporarily exceeded, please try again.", fault.RetryAfterSeconds),
    };
}
