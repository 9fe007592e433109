using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>
/// Every date and timestamp column holds only days within <see cref="DateRange"/> (up to the latest date
/// PartnerCrm works out), so no writer, the API or another, can store infinity or year 10000 and break
/// a page that reads it.
/// </summary>
public static class DateRangeChecks
{
    private static readonly string Earliest = DateRange.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string AfterLatest = DateRange.LatestWorkedOut.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void AddDateRangeChecks(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties().Where(IsDateOrTime))
            {
                var column = property.GetColumnName();
                var bounds = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                var check = bounds == typeof(DateOnly)
                    ? $"{column} >= DATE '{Earliest}' AND {column} < DATE '{AfterLatest}'"
                    : $"{column} >= TIMESTAMPTZ '{Earliest} 00:00:00+00' AND {column} < TIMESTAMPTZ '{AfterLatest} 00:00:00+00'";
                modelBuilder.Entity(entity.ClrType).ToTable(t => t.HasCheckConstraint($"ck_{table}_{column}_range", check));
            }
        }
    }

    private static bool IsDateOrTime(IMutableProperty property) =>
        (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is var type && (type == typeof(DateOnly) || type == typeof(DateTimeOffset));
}
