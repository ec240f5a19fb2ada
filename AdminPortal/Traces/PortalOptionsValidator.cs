using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Traces;

/// <summary>Checks the <c>Portal</c> section at start: a dashboard address, when given, is an absolute http(s) URL.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options) =>
        options.DashboardUrl is not { } url || (url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Portal:DashboardUrl must be an absolute http or https URL (e.g. http://localhost:18888), not '{url}'.");
}
