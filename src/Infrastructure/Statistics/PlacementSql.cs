using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Statistics;

/// <summary>
/// The Domain's placement rules in SQL, for the statistics, the export and the recommendations: over a
/// placement <c>p</c> and its candidate <c>k</c>, with today as <c>@today</c>. The words come from the
/// Domain's own enums, and a test holds each fragment equal to its Domain rule on boundary dates.
/// </summary>
public static class PlacementSql
{
    /// <summary><see cref="Placement.LastDay"/>: the end date, else the planned end (null while open-ended).</summary>
    public static string LastDay(string placement = "p") => $"coalesce({placement}.end_date, {placement}.planned_end_date)";

    /// <summary><see cref="Placement.StatusOn"/>: planned, active or ended on <c>@today</c>.</summary>
    public static readonly string Status = $"""
        CASE WHEN {LastDay()} < @today THEN '{Word(PlacementStatus.Ended)}'
             WHEN @today < p.start_date THEN '{Word(PlacementStatus.Planned)}'
             ELSE '{Word(PlacementStatus.Active)}' END
        """;

    /// <summary><see cref="Placement.InStatusOn"/> with <see cref="PlacementStatus.Ended"/>: its last day is before <c>@today</c>.</summary>
    public static readonly string IsEnded = $"{LastDay()} < @today";

    /// <summary><see cref="Placement.InStatusOn"/> with <see cref="PlacementStatus.Active"/>.</summary>
    public static readonly string IsActive = $"p.start_date <= @today AND NOT coalesce({LastDay()} < @today, false)";

    /// <summary><see cref="PlacementTypes.IsPaidWork"/>: the placement of <paramref name="placement"/> is a paid job.</summary>
    public static string IsPaidWork(string placement = "p") => $"{placement}.type IN ({Words(PlacementTypes.PaidWork)})";

    /// <summary><see cref="Placement.EndedEarly"/>: the employer ended it or the person left.</summary>
    public static readonly string EndedEarly = $"p.end_reason IN ({Words(EndReasons.Early)})";

    /// <summary><see cref="AgeBands.Of"/>: the age band at the placement's start, by year of birth, over candidate <c>k</c>.</summary>
    public static readonly string AgeBand =
        "CASE " + string.Concat(AgeBands.Bands.Where(b => b.UpTo is not null)
            .Select(b => $"WHEN extract(year FROM p.start_date)::int - k.birth_year <= {b.UpTo} THEN '{b.Band}' "))
        + $"ELSE '{AgeBands.Bands[^1].Band}' END";

    /// <summary>
    /// Whether internship <c>p</c> converted: the same person started paid work from the internship's start
    /// until 90 days after its last day, by <c>@today</c>.
    /// </summary>
    public static readonly string Converted = $"""
        EXISTS (SELECT 1 FROM placements q
                WHERE q.candidate_id = p.candidate_id
                  AND {IsPaidWork("q")}
                  AND q.start_date >= p.start_date
                  AND q.start_date <= {LastDay()} + 90
                  AND q.start_date <= @today)
        """;

    /// <summary>The word the database stores for an enum value (as the API writes it).</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => EnumNaming.NameOf(value);

    private static string Words<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        string.Join(", ", values.Select(value => $"'{Word(value)}'"));
}

/// <summary>The Domain's follow-up rules in SQL, over a follow-up <c>f</c> with today as <c>@today</c>.</summary>
public static class FollowUpSql
{
    /// <summary><see cref="FollowUp.IsOverdue"/>: pending and due before today.</summary>
    public static readonly string IsOverdue = $"f.status = '{PlacementSql.Word(FollowUpStatus.Pending)}' AND f.due_date < @today";
}

/// <summary>The Domain's partnership rules in SQL, over a partnership <c>s</c>.</summary>
public static class PartnershipSql
{
    /// <summary><see cref="Partnership.IsActive"/>.</summary>
    public static readonly string IsActive = $"s.status = '{PlacementSql.Word(PartnershipStatus.Active)}'";
}

/// <summary>The Domain's company rules in SQL, over a company (<c>c</c> unless named) with today as <c>@today</c>.</summary>
public static class CompanySql
{
    /// <summary><see cref="Company.HasCeasedBy"/> (and <see cref="Company.CeasedBy"/>): its ceased date is today or before.</summary>
    public static string HasCeased(string company = "c") => $"coalesce({company}.ceased_on <= @today, false)";

    /// <summary>Delivered by an imported CVR extract: the register's last record is kept beside the company.</summary>
    public static readonly string IsInRegister = "c.register_record IS NOT NULL";
}
