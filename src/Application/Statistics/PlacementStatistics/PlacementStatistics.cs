using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Application.Statistics.PlacementStatistics;

/// <summary>
/// Placements (and distinct candidates) starting in the period, grouped by up to two dimensions, under
/// disclosure control. <c>From</c> defaults to the earliest placement, <c>To</c> to today.
/// </summary>
/// <param name="Format">json, csv or xlsx; a file (csv, xlsx) is an export and is audited.</param>
public sealed record PlacementStatisticsQuery(DateOnly? From, DateOnly? To, string? GroupBy, string? Format) : IQuery<StatisticsTable>;

public sealed class PlacementStatisticsQueryValidator : AbstractValidator<PlacementStatisticsQuery>
{
    public PlacementStatisticsQueryValidator()
    {
        RuleFor(q => q.GroupBy)
            .Must(Dimensions.AreValid)
            .WithMessage($"Group by up to two different dimensions of: {string.Join(", ", Dimensions.All)}.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.Format).Must(format => format is null or "json" or "csv" or "xlsx").WithMessage("Use json, csv or xlsx.");
    }
}

public sealed class PlacementStatisticsQueryHandler(IStatisticsStore store, StatisticsSettings settings, TimeProvider clock, IAppDbContext db)
    : IQueryHandler<PlacementStatisticsQuery, StatisticsTable>
{
    public static readonly IReadOnlyList<string> Measures = ["placements", "candidates"];

    public async ValueTask<StatisticsTable> Handle(PlacementStatisticsQuery query, CancellationToken cancellationToken)
    {
        var from = query.From ?? DateOnly.MinValue;
        var to = query.To ?? clock.Today();
        var groupBy = Dimensions.Parse(query.GroupBy);
        var groups = await store.CountPlacementsAsync(from, to, groupBy, cancellationToken);
        if (query.Format is "csv" or "xlsx")
        {
            db.AuditEntries.Add(AuditEntry.Of(AuditActions.Export, "statistics", null));
            await db.SaveChangesAsync(cancellationToken);
        }
        return TableBuilder.Build(from, to, groupBy, settings.MinCellSize, Measures, groups);
    }
}
