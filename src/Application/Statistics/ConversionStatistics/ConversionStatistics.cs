using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Statistics.ConversionStatistics;

/// <summary>
/// Internship conversion: the share of internships (starting in the period, ended, and past their 90 days
/// or already converted) followed within 90 days of their end by a paid placement of the same person.
/// </summary>
public sealed record ConversionStatisticsQuery(DateOnly? From, DateOnly? To, string? GroupBy, string? Format, string? Delimiter = null, string? Lang = null)
    : IQuery<StatisticsTable>, IStatisticsRequest;

public sealed class ConversionStatisticsQueryValidator : AbstractValidator<ConversionStatisticsQuery>
{
    public ConversionStatisticsQueryValidator()
    {
        this.ValidatePeriodAndFormat();
        this.ValidateGroupBy(q => q.GroupBy);
    }
}

public sealed class ConversionStatisticsQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<ConversionStatisticsQuery, StatisticsTable>
{
    public static readonly IReadOnlyList<string> Measures = ["internships", "convertedWithin90Days"];
    public static readonly IReadOnlyList<Rate> Rates = [new("conversionRate", ["convertedWithin90Days"], "internships")];

    public async ValueTask<StatisticsTable> Handle(ConversionStatisticsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        var groupBy = Dimensions.Parse(query.GroupBy);
        var groups = await store.CountConversionAsync(from, to, clock.Today(), groupBy, cancellationToken);
        await db.AuditIfFileAsync(query, cancellationToken);
        return TableBuilder.Build(from, to, groupBy, settings.MinCellSize, Measures, groups, Rates);
    }
}
