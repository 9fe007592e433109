using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Application.Statistics.Texts;

namespace PartnerCrm.Application.Statistics.Summary;

/// <summary>The headline figures. Counts of persons below the threshold are hidden (null).</summary>
public sealed record SummaryDto(
    DateOnly? From,
    DateOnly To,
    int MinCellSize,
    long ActivePartnerships,
    long OpenInternshipSlots,
    long? ActivePlacements,
    long? OverdueFollowUps,
    long? PlacementsThisYear,
    long? SixMonthFollowedUp,
    decimal? SixMonthRetention,
    double? MedianDaysFromArrivalToFirstPlacement,
    decimal? FollowUpCompliance,
    long CommittedSlotsPerYear,
    long? PlacementsAtActivePartnershipsLast12Months,
    decimal? SlotUse,
    CooperationRateDto CooperationRate);

/// <summary>
/// The cooperation rate (samarbejdsgrad): of the companies in the CVR register that are still trading today
/// (<see cref="Companies"/>), how many the jobcentre worked with in the last 12 months (<see cref="Active"/>): an
/// activity, a partnership that was not ended at some point of those months, or a placement running in them. The
/// counts obey the same small-number rule as counts of persons (hidden: null); the rate is null when either is, or
/// when the register is empty.
/// </summary>
public sealed record CooperationRateDto(long? Companies, long? Active, decimal? Rate);

public sealed record SummaryQuery(DateOnly? From, DateOnly? To, string? Format, string? Delimiter = null, string? Lang = null) : IQuery<SummaryDto>, IStatisticsRequest;

public sealed class SummaryQueryValidator : AbstractValidator<SummaryQuery>
{
    public SummaryQueryValidator() => this.ValidatePeriodAndFormat();
}

public sealed class SummaryQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<SummaryQuery, SummaryDto>
{
    public async ValueTask<SummaryDto> Handle(SummaryQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        var counts = await store.SummaryAsync(from, to, clock.Today(), cancellationToken);
        await db.AuditIfFileAsync(query, cancellationToken);
        return SummaryFigures.Publish(counts, from, to, settings.MinCellSize);
    }
}

/// <summary>The summary's counts after disclosure control: counts of persons below the threshold become null, and so do shares built on them.</summary>
public static class SummaryFigures
{
    public static SummaryDto Publish(SummaryCounts counts, DateOnly from, DateOnly to, int min)
    {
        long? Persons(long count) => Disclosure.MustHide(count, min) ? null : count;
        decimal? Share(long part, long whole) => whole == 0 || Persons(part) is null || Persons(whole) is null ? null : Math.Round((decimal)part / whole, 3);

        return new SummaryDto(
            from == DateOnly.MinValue ? null : from, to, min,
            counts.ActivePartnerships,
            counts.OpenInternshipSlots,
            Persons(counts.ActivePlacements),
            Persons(counts.OverdueFollowUps),
            Persons(counts.PlacementsThisYear),
            Persons(counts.SixMonthFollowedUp),
            Share(counts.SixMonthEmployedSameCompany, counts.SixMonthFollowedUp),
            counts.FirstPlacements >= min ? counts.MedianDaysToFirstPlacement : null,
            Share(counts.FollowUpsDoneInTime, counts.FollowUpsDue),
            counts.CommittedSlots,
            Persons(counts.PlacementsAtActivePartnerships),
            counts.CommittedSlots == 0 || Persons(counts.PlacementsAtActivePartnerships) is null
                ? null
                : Math.Round((decimal)counts.PlacementsAtActivePartnerships / counts.CommittedSlots, 3),
            new CooperationRateDto(
                Persons(counts.RegisterCompanies),
                Persons(counts.CooperatingRegisterCompanies),
                Share(counts.CooperatingRegisterCompanies, counts.RegisterCompanies)));
    }

    /// <summary>
    /// The figures as a file of two columns, figure and value; a hidden count reads <c>&lt;5</c>, a share with
    /// nothing to show is empty. With a language, the figures are named in its words.
    /// </summary>
    public static TableFile File(SummaryDto summary, FileFormat format) => File(summary, new FileChoices(format, CsvDelimiter.Comma, null));

    public static TableFile File(SummaryDto summary, FileChoices choices)
    {
        object? Persons(long? count) => count is null ? new HiddenCount(summary.MinCellSize) : count;
        object? Rate(decimal? share) => share is { } value ? new Share(value) : null;
        var culture = choices.Culture;
        (string Figure, object? Value)[] lines =
        [
            ("from", summary.From),
            ("to", summary.To),
            ("minCellSize", summary.MinCellSize),
            ("activePartnerships", summary.ActivePartnerships),
            ("openInternshipSlots", summary.OpenInternshipSlots),
            ("activePlacements", Persons(summary.ActivePlacements)),
            ("overdueFollowUps", Persons(summary.OverdueFollowUps)),
            ("placementsThisYear", Persons(summary.PlacementsThisYear)),
            ("sixMonthFollowedUp", Persons(summary.SixMonthFollowedUp)),
            ("sixMonthRetention", Rate(summary.SixMonthRetention)),
            ("medianDaysFromArrivalToFirstPlacement", summary.MedianDaysFromArrivalToFirstPlacement),
            ("followUpCompliance", Rate(summary.FollowUpCompliance)),
            ("committedSlotsPerYear", summary.CommittedSlotsPerYear),
            ("placementsAtActivePartnershipsLast12Months", Persons(summary.PlacementsAtActivePartnershipsLast12Months)),
            ("slotUse", Rate(summary.SlotUse)),
            ("registerCompanies", Persons(summary.CooperationRate.Companies)),
            ("cooperatingRegisterCompanies", Persons(summary.CooperationRate.Active)),
            ("cooperationRate", Rate(summary.CooperationRate.Rate)),
        ];
        var names = lines.Select(line => culture is null ? line.Figure : StatisticsLabels.Figure(line.Figure, culture)).ToList();
        return new TableFile(
            $"{StatisticsLabels.FileName("summary", culture)}-{TableFile.Period(summary.From ?? DateOnly.MinValue, summary.To)}",
            culture is null ? "Summary" : StatisticsLabels.Sheet("summary", culture),
            culture is null ? ["figure", "value"] : [StatisticsLabels.Column("figure", culture), StatisticsLabels.Column("value", culture)],
            lines.Select((line, i) => new[] { names[i], line.Value }).ToAsyncEnumerable(), choices.Format)
        {
            Delimiter = choices.Delimiter,
            Widths = [names.Max(name => name.Length), 0],
        };
    }
}
