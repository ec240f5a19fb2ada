using System.Text.Json;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>
/// <c>GET /openrouter/api/v1/key</c>: the calling key as OpenRouter describes it (https://openrouter.ai/docs/api-reference/limits):
/// no credit limit, no spend, <c>is_free_tier</c> true until the account bought credits (<c>PUT /_control/openrouter/quota</c>,
/// <c>KeysWithCredits</c>), and today's free-model requests.
/// </summary>
internal sealed class OpenRouterKeyEndpoint(FreeModelQuota quota, RequestLog log)
{
    public Task HandleAsync(HttpContext context)
    {
        var trace = log.Start(OpenRouterNames.Provider, context.Request.Path);
        if (BearerKey.From(context.Request) is not { } key)
        {
            OpenRouterErrors.NoCredentials().Write(context.Response);
            log.Record(trace.Complete(StatusCodes.Status401Unauthorized));
            return Task.CompletedTask;
        }

        trace.KeySuffix = BearerKey.Suffix(key);
        var account = quota.Account(key);
        context.Response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("label", $"{key[..Math.Min(key.Length, 11)]}...{BearerKey.Suffix(key)}");
            json.WriteNull("limit");
            json.WriteNull("limit_reset");
            json.WriteNull("limit_remaining");
            json.WriteBoolean("include_byok_in_limit", false);
            json.WriteNumber("usage", 0);
            json.WriteNumber("usage_daily", 0);
            json.WriteNumber("usage_weekly", 0);
            json.WriteNumber("usage_monthly", 0);
            json.WriteBoolean("is_free_tier", !account.HasCredits);
            json.WriteBoolean("is_provisioning_key", false);
            json.WriteStartObject("free_model_daily_requests");
            json.WriteNumber("used", account.UsedToday);
            json.WriteNumber("limit", account.RequestsPerDay);
            json.WriteNumber("remaining", account.RemainingToday);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        log.Record(trace.Complete(StatusCodes.Status200OK));
        return Task.CompletedTask;
    }
}
