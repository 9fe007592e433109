using Microsoft.AspNetCore.Diagnostics;

namespace PartnerCrm.Api.Errors;

public static class ApiStatusCodes
{
    /// <summary>
    /// An API answer without a body (401, 404 of an unknown route, 405) gets a problem+json body, not the
    /// web app's Danish status page.
    /// </summary>
    public static IApplicationBuilder UseApiStatusCodes(this IApplicationBuilder api) => api
        .Use((http, next) =>
        {
            if (http.Features.Get<IStatusCodePagesFeature>() is { } webStatusPages) webStatusPages.Enabled = false;
            return next(http);
        })
        .UseStatusCodePages();
}
