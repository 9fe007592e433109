using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Pages.Companies.Sections;

/// <summary>
/// The confirmation a section of the company card shows after its own change: the card redirects with
/// <c>?besked=key</c>, and the section whose keys start with its prefix shows the text, next to what changed.
/// </summary>
public static class CardFlash
{
    public static string? TextOf(IStringLocalizer<CompanyCardTexts> texts, HttpContext http, string? message, string prefix) =>
        message is not null
        && HttpMethods.IsGet(http.Request.Method)
        && message.StartsWith(prefix, StringComparison.Ordinal)
        && texts[$"Flash.{message}"] is { ResourceNotFound: false } text
            ? text.Value
            : null;
}
