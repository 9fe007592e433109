using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Statistics.ReferralStatistics;

/// <summary>
/// Referrals made in the period, how many reached an interview, how many were accepted, and the fill rate
/// (accepted ÷ referrals), grouped by up to two dimensions under disclosure control.
/// </summary>
public sealed record ReferralStatisticsQuery(DateOnly? From, DateOnly? To, string? GroupBy, string? Format, string? Delimiter = null, string? Lang = null)
    : IQuery<StatisticsTable>, IStatisticsRequest;

public sealed class ReferralStatisticsQueryValidator : AbstractValidator<ReferralStatisticsQuery>
{
    public ReferralStatisticsQueryValidator()
    {
        this.ValidatePeriodAndFormat();
        this.ValidateGroupBy(q => q.GroupBy);
    }
}

public sealed class ReferralStatisticsQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<ReferralStatisticsQuery, StatisticsTable>
{
    public static readonly IReadOnlyList<string> Measures = ["referrals", "interviews", "accepted"];
    public static readonly IReadOnlyList<Rate> Rates = [new("fillRate", ["accepted"], "referrals")];

    public async ValueTask<StatisticsTable> Handle(ReferralStatisticsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        var groupBy = Dimensions.Parse(query.GroupBy);
        var groups = await store.CountReferralsAsync(from, to, groupBy, cancellationToken);
        await db.AuditIfFileAsync(query, cancellationToken);
        return TableBuilder.Build(from, to, groupBy, settings.MinCellSize, Measures, groups, Rates);
    }
}
