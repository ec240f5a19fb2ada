using System.Globalization;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Context;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Tells the client its conversation was shortened: <c>x-router-transform: middle-out</c> and what was removed.</summary>
internal static class MiddleOutHeaders
{
    public static void Write(HttpResponse response, MiddleOutPlan plan)
    {
        response.Headers[RouterHeaders.Transform] = MiddleOut.TransformName;
        response.Headers[RouterHeaders.TokensRemoved] = plan.RemovedTokens.ToString(CultureInfo.InvariantCulture);
        response.Headers[RouterHeaders.MessagesRemoved] = plan.RemovedMessages.ToString(CultureInfo.InvariantCulture);
    }
}
