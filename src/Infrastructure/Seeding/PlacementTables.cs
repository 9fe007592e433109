using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Placements;
using static PartnerCrm.Infrastructure.Seeding.SeedTable;

using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>The placements of every candidate's path, linked to the company's partnership and, when an accepted referral made it, to the offer.</summary>
internal sealed class PlacementTable(SeedWorld world, PlacementPaths paths) : SeedTable<PlacementTable.Row>
{
    internal readonly record struct Row(PlacementPaths.Path Path, int Index);

    public override string Name => "placements";
    public override string Columns => "id, candidate_id, company_id, partnership_id, internship_id, type, job_title, hours_per_week, start_date, planned_end_date, extended, end_date, end_reason, consultant_id, consultant_name, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Domain.Placements.Placement));
    public override long ExpectedRows => world.Options.Placements;

    protected override IEnumerable<Row> Rows()
    {
        foreach (var path in paths.All())
            for (var i = 0; i < path.PlacementCount; i++) yield return new Row(path, i);
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var p = row.Path.Placements[row.Index];
        var consultant = world.Consultants[row.Path.Consultant];
        copy.Id(p.Id);
        copy.Id(world.CandidateIds[row.Path.Candidate]);
        copy.Id(world.CompanyIds[p.Company]);
        copy.Id(world.CompanyPartnership[p.Company]);
        copy.Id(p.InternshipId);
        copy.Text(EnumNaming.NameOf(p.Type));
        copy.Text(p.JobTitle);
        copy.Number(p.HoursPerWeek);
        copy.Date(p.Start);
        copy.Date(p.PlannedEnd);
        copy.Flag(p.Extended);
        copy.Date(p.EndDate);
        copy.Text(p.EndReason is { } reason ? EnumNaming.NameOf(reason) : null);
        copy.Text(consultant.Id);
        copy.Text(consultant.Name);
        copy.Time(p.CreatedAt);
        copy.Time(p.CreatedAt);
    }

    protected override Created Describe(Row row) => new(row.Path.Placements[row.Index].Id, row.Path.Placements[row.Index].CreatedAt, row.Path.Consultant);
}

/// <summary>The follow-ups of every placement, exactly as the Domain's schedule sets them.</summary>
internal sealed class FollowUpTable(SeedWorld world, PlacementPaths paths) : SeedTable<FollowUpTable.Row>
{
    internal readonly record struct Row(PlacementPaths.Path Path, int Index);

    public override string Name => "follow_ups";
    public override string Columns => "id, placement_id, candidate_id, company_id, milestone, due_date, status, outcome, hours_per_week, employer_satisfaction, candidate_satisfaction, notes, completed_at, completed_by_id, completed_by_name, created_at, updated_at, rescheduled_reason";
    public override string Entity => AuditTrail.EntityName(typeof(Domain.Placements.FollowUp));
    public override long ExpectedRows => world.Options.Placements * 33L / 10;

    protected override IEnumerable<Row> Rows()
    {
        foreach (var path in paths.All())
            for (var i = 0; i < path.FollowUpCount; i++) yield return new Row(path, i);
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        ref var f = ref row.Path.FollowUps[row.Index];
        var p = row.Path.Placements[f.Placement];
        var completed = f.Status == FollowUpStatus.Completed;
        var consultant = world.Consultants[row.Path.Consultant];
        copy.Id(f.Id);
        copy.Id(p.Id);
        copy.Id(world.CandidateIds[row.Path.Candidate]);
        copy.Id(world.CompanyIds[p.Company]);
        copy.Text(EnumNaming.NameOf(f.Milestone));
        copy.Date(f.DueDate);
        copy.Text(EnumNaming.NameOf(f.Status));
        copy.Text(f.Outcome is { } outcome ? EnumNaming.NameOf(outcome) : null);
        copy.Number(f.HoursPerWeek);
        copy.Number(f.EmployerSatisfaction);
        copy.Number(f.CandidateSatisfaction);
        copy.Text(null);
        copy.Time(f.CompletedAt);
        copy.Text(completed ? consultant.Id : null);
        copy.Text(completed ? consultant.Name : null);
        copy.Time(f.CreatedAt);
        copy.Time(f.CompletedAt ?? f.CreatedAt);
        copy.Text(null);
    }

    protected override Created Describe(Row row) => new(row.Path.FollowUps[row.Index].Id, row.Path.FollowUps[row.Index].CreatedAt, row.Path.Consultant);
}
