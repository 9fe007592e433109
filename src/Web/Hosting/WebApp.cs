using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerCrm.Web.Forms;
using PartnerCrm.Web.Reports;

namespace PartnerCrm.Web.Hosting;

/// <summary>The staff web app as the host adds it: Razor components rendered on the server, Danish first.</summary>
public static class WebApp
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IServiceCollection AddPartnerCrmWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddScoped<Sending>();
        services.AddScoped<Reports.CommitteeReportRenderer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Danish, Danish);
            options.SupportedCultures = options.SupportedUICultures = [Danish, English];
            // The language is the one the user picked in the header, remembered in a cookie; Danish otherwise.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>The pages, their assets and the language switch. Pages name their own policies.</summary>
    public static void MapPartnerCrmWeb(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous().DisableRateLimiting();
        app.MapRazorComponents<App>();
        app.MapStatisticsDownload();
        app.MapGet("/sprog/{language:regex(^(da|en)$)}", ChooseLanguage).AllowAnonymous().ExcludeFromDescription();
        app.MapReportDownload();
        app.MapCompanyImportDownload();
    }

    private static IResult ChooseLanguage(HttpContext http, string language, [FromQuery] string? returnUrl)
    {
        var culture = language == "en" ? English : Danish;
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture, culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
        return TypedResults.LocalRedirect(LocalPath(returnUrl));
    }

    /// <summary>Only a path on this site: a return address never sends anyone elsewhere.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}
