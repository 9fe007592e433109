using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Domain.Common;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Hosting;

/// <summary>
/// A statistics table as a file for the signed-in staff member:
/// <c>/statistik/fil?table=placements|retention|conversion|referrals&amp;milestone=6m&amp;from=&amp;to=&amp;groupBy=a,b&amp;format=csv|xlsx</c>.
/// It sends the same query as the REST API's statistics route (validated, authorised and audited the same
/// way) and writes the file for a person: CSV with <c>;</c> and a decimal comma, columns and groups in
/// words in the language of the page (Danish unless the user chose English). A link that cannot be used
/// answers 400 with a problem in that language; a table too large to make answers 422.
/// </summary>
public static class StatisticsDownload
{
    public const string Path = "/statistik/fil";

    public static void MapStatisticsDownload(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, DownloadAsync).RequireAuthorization(WebAccess.CrmRead).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        HttpContext http, ISender sender, ITableFileWriter files, IStringLocalizer<StatisticsFileTexts> texts, IStringLocalizer<RuleTexts> rules,
        CancellationToken cancellationToken)
    {
        string? Read(string name) => http.Request.Query[name] is { Count: 1 } values && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
        var invalid = new List<string>();
        DateOnly? Date(string name)
        {
            if (Read(name) is not { } text) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            invalid.Add(name);
            return null;
        }

        var table = Read("table");
        if (table is null || !StatisticsTables.All.Contains(table)) invalid.Add("table");
        var (from, to) = (Date("from"), Date("to"));
        var format = Read("format") ?? Formats.Csv;
        if (Formats.FileOf(format) is null) invalid.Add("format");
        if (invalid.Count > 0) return Invalid(texts, invalid);

        var request = new TableRequest(
            table!, from, to, Read("milestone"), Read("groupBy"), format, Delimiters.Semicolon, Languages.Of(CultureInfo.CurrentUICulture));
        TableFile file;
        try
        {
            file = (await sender.ReadTableAsync(request, cancellationToken)).File!;
        }
        catch (ValidationException refused)
        {
            return Invalid(texts, refused.Errors.Select(e => Parameter(e.PropertyName)));
        }
        catch (DomainRuleException refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: rules[refused.Code], extensions: new Dictionary<string, object?> { ["code"] = refused.Code });
        }

        return TableFileResult.Of(file, files, http, cancellationToken);
    }

    /// <summary>A query's property as the link names it: <c>GroupBy</c> → <c>groupBy</c>.</summary>
    private static string Parameter(string property) =>
        property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];

    private static IResult Invalid(IStringLocalizer<StatisticsFileTexts> texts, IEnumerable<string> parameters) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: texts["Invalid.Title"],
        detail: texts["Invalid.Detail", string.Join(", ", parameters.Distinct())]);
}
