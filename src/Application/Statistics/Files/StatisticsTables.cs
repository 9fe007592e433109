using Mediator;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.ReferralStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;

namespace PartnerCrm.Application.Statistics.Files;

/// <summary>A request for one of the statistics tables, as a route or a download link names it.</summary>
public sealed record TableRequest(
    string Table, DateOnly? From, DateOnly? To, string? Milestone, string? GroupBy, string? Format, string? Delimiter = null, string? Lang = null);

/// <summary>
/// The statistics tables by name, and the one way to read one: the table's query is sent through the
/// pipeline (validation, policy, audit of a file), and the answer becomes a file when a file is asked for.
/// The REST API and the web app's download both read tables here.
/// </summary>
public static class StatisticsTables
{
    public const string Placements = "placements";
    public const string Retention = "retention";
    public const string Conversion = "conversion";
    public const string Referrals = "referrals";

    public static readonly IReadOnlyList<string> All = [Placements, Retention, Conversion, Referrals];

    /// <summary>The query that reads the table <see cref="TableRequest.Table"/> (one of <see cref="All"/>).</summary>
    public static IQuery<StatisticsTable> QueryOf(TableRequest request) => request.Table switch
    {
        Placements => new PlacementStatisticsQuery(request.From, request.To, request.GroupBy, request.Format, request.Delimiter, request.Lang),
        Retention => new RetentionStatisticsQuery(request.From, request.To, request.Milestone, request.GroupBy, request.Format, request.Delimiter, request.Lang),
        Conversion => new ConversionStatisticsQuery(request.From, request.To, request.GroupBy, request.Format, request.Delimiter, request.Lang),
        Referrals => new ReferralStatisticsQuery(request.From, request.To, request.GroupBy, request.Format, request.Delimiter, request.Lang),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Table, $"A table is one of: {string.Join(", ", All)}."),
    };

    /// <summary>The name of the figures in a file's name: the table, and for retention its milestone (<c>retention-6m</c>).</summary>
    public static string FiguresOf(TableRequest request) =>
        request.Table == Retention ? $"{Retention}-{request.Milestone ?? "6m"}" : request.Table;

    /// <summary>Reads a table; <c>File</c> is the table as the file the request asks for, or null for JSON.</summary>
    public static async ValueTask<(StatisticsTable Table, TableFile? File)> ReadTableAsync(
        this ISender sender, TableRequest request, CancellationToken cancellationToken)
    {
        var query = QueryOf(request);
        var table = await sender.Send(query, cancellationToken);
        var choices = FileChoices.Of((IStatisticsRequest)query);
        return (table, choices is null ? null : TableFile.Of(table, FiguresOf(request), choices));
    }
}
