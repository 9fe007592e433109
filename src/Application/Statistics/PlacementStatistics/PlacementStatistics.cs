using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Statistics.PlacementStatistics;

/// <summary>Placements (and distinct candidates) starting in the period, grouped by up to two dimensions, under disclosure control.</summary>
public sealed record PlacementStatisticsQuery(DateOnly? From, DateOnly? To, string? GroupBy, string? Format, string? Delimiter = null, string? Lang = null)
    : IQuery<StatisticsTable>, IStatisticsRequest;

public sealed class PlacementStatisticsQueryValidator : AbstractValidator<PlacementStatisticsQuery>
{
    public PlacementStatisticsQueryValidator()
    {
        this.ValidatePeriodAndFormat();
        this.ValidateGroupBy(q => q.GroupBy);
    }
}

public sealed class PlacementStatisticsQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<PlacementStatisticsQuery, StatisticsTable>
{
    public static readonly IReadOnlyList<string> Measures = ["placements", "candidates"];

    public async ValueTask<StatisticsTable> Handle(PlacementStatisticsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        var groupBy = Dimensions.Parse(query.GroupBy);
        var groups = await store.CountPlacementsAsync(from, to, groupBy, cancellationToken);
        await db.AuditIfFileAsync(query, cancellationToken);
        return TableBuilder.Build(from, to, groupBy, settings.MinCellSize, Measures, groups);
    }
}
