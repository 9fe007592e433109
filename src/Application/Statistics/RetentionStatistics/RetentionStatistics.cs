using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Statistics.RetentionStatistics;

/// <summary>
/// Retention at a milestone (3m, 6m or 12m) for placements starting in the period: among completed
/// follow-ups, the share still at the same company (retention), employed anywhere (employment rate) and
/// employed or in education (self-sufficiency rate); plus how many follow-ups were due and done.
/// </summary>
public sealed record RetentionStatisticsQuery(DateOnly? From, DateOnly? To, string? Milestone, string? GroupBy, string? Format, string? Delimiter = null, string? Lang = null)
    : IQuery<StatisticsTable>, IStatisticsRequest;

public sealed class RetentionStatisticsQueryValidator : AbstractValidator<RetentionStatisticsQuery>
{
    public RetentionStatisticsQueryValidator()
    {
        this.ValidatePeriodAndFormat();
        this.ValidateGroupBy(q => q.GroupBy);
        RuleFor(q => q.Milestone).OneOf(["3m", "6m", "12m"]);
    }
}

public sealed class RetentionStatisticsQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<RetentionStatisticsQuery, StatisticsTable>
{
    public static readonly IReadOnlyList<string> Measures = ["due", "followedUp", "employedSameCompany", "employed", "inEducation"];

    public static readonly IReadOnlyList<Rate> Rates =
    [
        new("retentionRate", ["employedSameCompany"], "followedUp"),
        new("employmentRate", ["employed"], "followedUp"),
        new("selfSufficiencyRate", ["employed", "inEducation"], "followedUp"),
    ];

    public async ValueTask<StatisticsTable> Handle(RetentionStatisticsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        var groupBy = Dimensions.Parse(query.GroupBy);
        var groups = await store.CountRetentionAsync(from, to, query.Milestone ?? "6m", clock.Today(), groupBy, cancellationToken);
        await db.AuditIfFileAsync(query, cancellationToken);
        return TableBuilder.Build(from, to, groupBy, settings.MinCellSize, Measures, groups, Rates);
    }
}
