using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Referrals;
using static PartnerCrm.Infrastructure.Seeding.SeedTable;

using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Internship offers in every status: one for each internship an accepted referral made (with that placement's
/// terms, as accepting a referral makes the placement from the offer), and more that are drafts, open for the
/// coming months, closed or cancelled.
/// </summary>
internal sealed class InternshipOfferTable(SeedWorld world, PlacementPaths paths) : SeedTable<InternshipOfferTable.Row>
{
    internal readonly record struct Row(
        Guid Id, int Company, string Title, DateOnly Start, int Weeks, int Hours, int Slots, int Taken, DanishLevel Level, InternshipStatus Status,
        string? ExternalReference, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, OfferedPlacement? Placement);

    private static readonly (InternshipStatus, int)[] OtherStatuses =
        [(InternshipStatus.Draft, 15), (InternshipStatus.Open, 40), (InternshipStatus.Closed, 25), (InternshipStatus.Cancelled, 20)];

    public override string Name => "internship_offers";
    public override string Columns => "id, company_id, title, description, city, postal_code, start_date, duration_weeks, hours_per_week, slots, danish_level, status, external_reference, created_at, updated_at, places_taken";
    public override string Entity => AuditTrail.EntityName(typeof(InternshipOffer));
    public override long ExpectedRows => world.OfferedPlacements.Count + OtherOffers;

    private int OtherOffers => Math.Max(world.Options.Demo ? 12 : 1, world.Options.Companies / 4);

    /// <summary>Finds the internships that accepted referrals made, before the offers they came from are written.</summary>
    public void Plan()
    {
        world.OfferedPlacements.Clear();
        foreach (var path in paths.All())
            for (var i = 0; i < path.PlacementCount; i++)
                if (path.Placements[i] is { FromOffer: true } p)
                    world.OfferedPlacements.Add(new OfferedPlacement(p.Ordinal, p.Id, path.Candidate, p.Company, p.Start, p.OfferWeeks, (int)p.HoursPerWeek, p.JobTitle, p.CreatedAt));
    }

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 7);
        var levels = Enum.GetValues<DanishLevel>();
        var today = world.Today;
        var number = 0;
        foreach (var placed in world.OfferedPlacements)
        {
            var id = random.NextGuid();
            world.OfferOfPlacement[placed.Ordinal] = id;
            var slots = random.Chance(0.6) ? 1 : random.Between(2, 3);
            var status = slots == 1 ? InternshipStatus.Filled : placed.Start < today ? InternshipStatus.Closed : InternshipStatus.Open;
            var created = placed.PlacedAt.AddDays(-random.Between(10, 60));
            yield return new Row(id, placed.Company, placed.Title, placed.Start, placed.Weeks, placed.HoursPerWeek, slots, 1, random.Pick(levels), status,
                Reference(random, ref number), created, placed.PlacedAt, placed);
        }
        for (var n = 0; n < OtherOffers; n++)
        {
            var company = world.PickCompany(random);
            var status = random.Pick(OtherStatuses);
            var start = status is InternshipStatus.Draft or InternshipStatus.Open ? today.AddDays(random.Between(3, 120)) : today.AddDays(-random.Between(30, 1000));
            var created = random.During(start.AddDays(-random.Between(14, 90)) is var day && day < today ? day : today);
            var industry = SeedCatalogue.Industries[world.CompanyIndustry[company]];
            yield return new Row(random.NextGuid(), company, random.Pick(industry.Jobs), start, random.Between(4, SchemeRules.InternshipWeeks), random.Between(15, InternshipOffer.MaxHoursPerWeek),
                random.Between(1, 5), 0, random.Pick(levels), status, Reference(random, ref number), created, created, null);
        }
    }

    private static string? Reference(SeedRandom random, ref int number)
    {
        number++;
        return random.Chance(0.3) ? $"HR-{number:D6}" : null;
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var (code, city, _) = SeedCatalogue.Places[world.CompanyPlace[row.Company]];
        copy.Id(row.Id);
        copy.Id(world.CompanyIds[row.Company]);
        copy.Text(row.Title);
        copy.Text(SeedCatalogue.OfferDescriptions[row.Weeks % SeedCatalogue.OfferDescriptions.Length]);
        copy.Text(city);
        copy.Text(code);
        copy.Date(row.Start);
        copy.Number(row.Weeks);
        copy.Number(row.Hours);
        copy.Number(row.Slots);
        copy.Text(EnumNaming.NameOf(row.Level));
        copy.Text(EnumNaming.NameOf(row.Status));
        copy.Text(row.ExternalReference);
        copy.Time(row.CreatedAt);
        copy.Time(row.UpdatedAt);
        copy.Number(row.Taken);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, world.CompanyConsultant[row.Company]);

    /// <summary>The offers as <see cref="ReferralTable"/> needs them.</summary>
    public IEnumerable<Row> Offers() => Rows();
}

/// <summary>
/// Referrals in every status: the accepted one behind each offered internship (it names its placement), others
/// declined or withdrawn beside it, and candidates proposed or at interview for the offers still open.
/// </summary>
internal sealed class ReferralTable(SeedWorld world, InternshipOfferTable offers) : SeedTable<ReferralTable.Row>
{
    internal readonly record struct Row(
        Guid Id, Guid Offer, int Candidate, int Company, ReferralStatus Status, DeclineReason? Reason, Guid? Placement, DateTimeOffset? InterviewedAt,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public override string Name => "referrals";
    public override string Columns => "id, internship_id, candidate_id, company_id, status, decline_reason, note, placement_id, interviewed_at, proposed_by_id, proposed_by_name, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Referral));
    public override long ExpectedRows => offers.ExpectedRows * 2;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 8);
        var reasons = Enum.GetValues<DeclineReason>();
        var today = world.Today;
        var taken = new HashSet<int>();
        foreach (var offer in offers.Offers())
        {
            taken.Clear();
            var proposedAt = offer.CreatedAt.AddDays(random.Between(1, 7));
            if (offer.Placement is { } placed)
            {
                taken.Add(placed.Candidate);
                var proposed = SeedWorld.Earlier(proposedAt, placed.PlacedAt.AddDays(-1));
                DateTimeOffset? interview = random.Chance(0.6) ? SeedWorld.Earlier(proposed.AddDays(random.Between(1, 5)), placed.PlacedAt) : null;
                yield return new Row(random.NextGuid(), offer.Id, placed.Candidate, offer.Company, ReferralStatus.Accepted, null, placed.PlacementId, interview, proposed, placed.PlacedAt);
            }
            var open = offer.Status == InternshipStatus.Open && offer.Start >= today;
            var others = random.Between(0, open ? 3 : 2);
            for (var n = 0; n < others; n++)
            {
                var candidate = random.Between(0, world.Options.Candidates - 1);
                if (!taken.Add(candidate)) continue;
                var created = SeedWorld.Earlier(proposedAt.AddDays(random.Between(0, 10)), random.During(today));
                var status = open ? (random.Chance(0.6) ? ReferralStatus.Proposed : ReferralStatus.Interview)
                    : random.Chance(0.7) ? ReferralStatus.Declined : ReferralStatus.Withdrawn;
                DateTimeOffset? interview = status == ReferralStatus.Interview || (status == ReferralStatus.Declined && random.Chance(0.5))
                    ? SeedWorld.Earlier(created.AddDays(random.Between(1, 7)), random.During(today)) : null;
                var updated = interview ?? created;
                yield return new Row(random.NextGuid(), offer.Id, candidate, offer.Company, status,
                    status == ReferralStatus.Declined ? random.Pick(reasons) : null, null, interview, created, updated);
            }
        }
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var consultant = world.Consultants[world.CandidateConsultant[row.Candidate]];
        copy.Id(row.Id);
        copy.Id(row.Offer);
        copy.Id(world.CandidateIds[row.Candidate]);
        copy.Id(world.CompanyIds[row.Company]);
        copy.Text(EnumNaming.NameOf(row.Status));
        copy.Text(row.Reason is { } reason ? EnumNaming.NameOf(reason) : null);
        copy.Text(null);
        copy.Id(row.Placement);
        copy.Time(row.InterviewedAt);
        copy.Text(consultant.Id);
        copy.Text(consultant.Name);
        copy.Time(row.CreatedAt);
        copy.Time(row.UpdatedAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, world.CandidateConsultant[row.Candidate]);
}
