using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;
using static PartnerCrm.Infrastructure.Seeding.SeedTable;

using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Companies with valid CVR numbers (the Domain's modulus-11 check), a DB07 code, an address in Gentofte or the
/// capital region and a skewed number of employees: most are small, a few are large and take many people.
/// </summary>
internal sealed class CompanyTable(SeedWorld world, IReadOnlySet<string> cvrsInUse) : SeedTable<CompanyTable.Row>
{
    internal readonly record struct Row(Guid Id, string Cvr, string Name, string IndustryCode, Sector Sector, string Street, int Place, int? Employees, DateTimeOffset CreatedAt, int Consultant);

    public override string Name => "companies";
    public override string Columns => "id, cvr, name, industry_code, sector, address_street, address_postal_code, address_city, website, employee_count, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Company));
    public override long ExpectedRows => world.Options.Companies;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 1);
        var used = new HashSet<string>(cvrsInUse);
        var industries = SeedCatalogue.Industries.Select((industry, index) => (index, industry.Weight)).ToArray();
        var places = SeedCatalogue.Places.Select((place, index) => (index, place.Weight)).ToArray();
        double weights = 0;
        for (var i = 0; i < world.Options.Companies; i++)
        {
            var id = random.NextGuid();
            var cvr = NewCvr(random, used);
            var industryIndex = random.Pick(industries);
            var industry = SeedCatalogue.Industries[industryIndex];
            var isPublic = random.Chance(industry.PublicShare);
            var employees = (int)Math.Min(15_000, Math.Exp(random.Normal(isPublic ? 3.8 : 2.2, 1.3)));
            var place = random.Pick(places);
            var stem = random.Pick(SeedCatalogue.CompanyNameStems);
            var name = isPublic
                ? $"{random.Pick(SeedCatalogue.PublicPrefixes)} {industry.Word} {stem}"
                : $"{stem} {industry.Word} {random.Pick(SeedCatalogue.CompanyForms)}".TrimEnd();
            var created = world.Today.AddDays(-random.Between(30, 3900));
            var consultant = random.Between(0, world.Consultants.Count - 1);
            var street = $"{random.Pick(SeedCatalogue.Streets)} {random.Between(1, 180)}";

            world.CompanyIds[i] = id;
            world.CompanyIndustry[i] = (byte)industryIndex;
            world.CompanyIsPublic[i] = isPublic;
            world.CompanyPlace[i] = (byte)place;
            world.CompanyRetention[i] = (float)Math.Clamp(industry.Retention + random.Normal(0, 0.08), 0.15, 0.95);
            world.CompanyConsultant[i] = (byte)consultant;
            world.CompanyCreated[i] = created;
            weights += Math.Sqrt(employees + 1) * industry.Weight;
            world.CompanyPickWeights[i] = weights;

            yield return new Row(id, cvr, name, industry.Code, isPublic ? Sector.Public : Sector.Private, street, place,
                random.Chance(0.9) ? employees : null, random.During(created), consultant);
        }
    }

    /// <summary>Seven digits with no leading zero and the check digit that the Domain's <see cref="Cvr.IsValid"/> accepts (none for one body in eleven); unique.</summary>
    private static string NewCvr(SeedRandom random, HashSet<string> used)
    {
        while (true)
        {
            var body = random.Between(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var check = '0'; check <= '9'; check++)
            {
                var cvr = body + check;
                if (Cvr.IsValid(cvr) && used.Add(cvr)) return cvr;
            }
        }
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var (code, city, _) = SeedCatalogue.Places[row.Place];
        copy.Id(row.Id);
        copy.Text(row.Cvr);
        copy.Text(row.Name);
        copy.Text(row.IndustryCode);
        copy.Text(EnumNaming.NameOf(row.Sector));
        copy.Text(row.Street);
        copy.Text(code);
        copy.Text(city);
        copy.Text(null);
        copy.Number(row.Employees);
        copy.Time(row.CreatedAt);
        copy.Time(row.CreatedAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, row.Consultant);
}

/// <summary>One to three contact persons per company, the first of them primary.</summary>
internal sealed class ContactTable(SeedWorld world) : SeedTable<ContactTable.Row>
{
    internal readonly record struct Row(Guid Id, int Company, string Name, string Title, string Email, string Phone, bool IsPrimary, DateTimeOffset CreatedAt);

    public override string Name => "contacts";
    public override string Columns => "id, company_id, name, title, email, phone, is_primary, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Contact));
    public override long ExpectedRows => world.Options.Companies * 2L;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 2);
        for (var company = 0; company < world.Options.Companies; company++)
        {
            var count = random.Between(1, 3);
            for (var n = 0; n < count; n++)
            {
                var first = random.Pick(SeedCatalogue.DanishFirstNames);
                var last = random.Pick(SeedCatalogue.DanishLastNames);
                var email = $"{Plain(first)}.{Plain(last)}@firma{company + 1}.example";
                var phone = $"+45 {random.Between(20, 99)} {random.Between(10, 99)} {random.Between(10, 99)} {random.Between(10, 99)}";
                var created = world.CompanyCreated[company].AddDays(random.Between(0, 400));
                yield return new Row(random.NextGuid(), company, $"{first} {last}", random.Pick(SeedCatalogue.ContactTitles), email, phone, n == 0,
                    random.During(created < world.Today ? created : world.Today));
            }
        }
    }

    private static string Plain(string name) =>
        name.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa");

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        copy.Id(row.Id);
        copy.Id(world.CompanyIds[row.Company]);
        copy.Text(row.Name);
        copy.Text(row.Title);
        copy.Text(row.Email);
        copy.Text(row.Phone);
        copy.Flag(row.IsPrimary);
        copy.Time(row.CreatedAt);
        copy.Time(row.CreatedAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, world.CompanyConsultant[row.Company]);
}

/// <summary>
/// Calls, meetings, e-mails and visits over the last three years. About a third carry a next action: the old ones
/// mostly done, some overdue, and a share due around this week so every consultant's worklist has something.
/// </summary>
internal sealed class ActivityTable(SeedWorld world) : SeedTable<ActivityTable.Row>
{
    internal readonly record struct Row(
        Guid Id, int Company, ActivityKind Kind, DateTimeOffset OccurredAt, string Summary, string? NextAction, DateOnly? NextActionOn,
        DateTimeOffset? DoneAt, int Consultant);

    public override string Name => "activities";
    public override string Columns => "id, company_id, kind, occurred_at, summary, next_action_on, recorded_by_id, recorded_by_name, created_at, updated_at, next_action, next_action_done_at";
    public override string Entity => AuditTrail.EntityName(typeof(Activity));
    public override long ExpectedRows => world.Options.Companies * 4L;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 3);
        var kinds = Enum.GetValues<ActivityKind>();
        var today = world.Today;
        for (var company = 0; company < world.Options.Companies; company++)
        {
            var count = (int)Math.Min(20, Math.Exp(random.Normal(1.0, 0.8)));
            var first = world.CompanyCreated[company] > today.AddDays(-1100) ? world.CompanyCreated[company] : today.AddDays(-1100);
            var span = Math.Max(1, today.DayNumber - first.DayNumber);
            for (var n = 0; n < count; n++)
            {
                // The last activity of one company in eight is recent, with its next action due around now.
                var recent = n == count - 1 && random.Chance(world.Options.Demo ? 0.6 : 0.125);
                var day = recent ? today.AddDays(-random.Between(0, 10)) : first.AddDays(random.Between(0, span - 1));
                var occurred = random.During(day);
                var consultant = random.Chance(0.8) ? world.CompanyConsultant[company] : random.Between(0, world.Consultants.Count - 1);
                string? nextAction = null;
                DateOnly? nextOn = null;
                DateTimeOffset? done = null;
                if (recent || random.Chance(0.33))
                {
                    nextAction = random.Pick(SeedCatalogue.NextActions);
                    nextOn = recent ? today.AddDays(random.Between(-3, 6)) : day.AddDays(random.Between(2, 30));
                    if (nextOn < today.AddDays(-7) && random.Chance(0.9)) done = random.During(nextOn.Value);
                }
                yield return new Row(random.NextGuid(), company, random.Pick(kinds), occurred, random.Pick(SeedCatalogue.ActivitySummaries),
                    nextAction, nextOn, done, consultant);
            }
        }
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var author = world.Consultants[row.Consultant];
        copy.Id(row.Id);
        copy.Id(world.CompanyIds[row.Company]);
        copy.Text(EnumNaming.NameOf(row.Kind));
        copy.Time(row.OccurredAt);
        copy.Text(row.Summary);
        copy.Date(row.NextActionOn);
        copy.Text(author.Id);
        copy.Text(author.Name);
        copy.Time(row.OccurredAt);
        copy.Time(row.DoneAt ?? row.OccurredAt);
        copy.Text(row.NextAction);
        copy.Time(row.DoneAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.OccurredAt, row.Consultant);
}

/// <summary>
/// Partnerships in every status for about four companies in ten; some companies also have an older, ended one.
/// A company never has more than one that is not ended (the Domain's rule and the database's unique index).
/// </summary>
internal sealed class PartnershipTable(SeedWorld world) : SeedTable<PartnershipTable.Row>
{
    internal readonly record struct Row(
        Guid Id, int Company, PartnershipStatus Status, string[] Schemes, int Slots, DateOnly? Start, DateOnly? End, string? Reason,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Consultant);

    private static readonly (PartnershipStatus, int)[] Statuses =
        [(PartnershipStatus.Active, 45), (PartnershipStatus.Paused, 8), (PartnershipStatus.Negotiating, 14), (PartnershipStatus.Prospect, 15), (PartnershipStatus.Ended, 18)];

    private static readonly string[] EndReasons = ["Virksomheden har ikke længere kapacitet", "Ny ledelse ønsker at stoppe", "Samarbejdet er overgået til ordinær rekruttering"];

    public override string Name => "partnerships";
    public override string Columns => "id, company_id, status, schemes, committed_slots_per_year, start_date, end_date, notes, status_reason, responsible_consultant_id, responsible_consultant_name, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Partnership));
    public override long ExpectedRows => world.Options.Companies / 2;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 4);
        var schemes = Enum.GetValues<Scheme>();
        var today = world.Today;
        for (var company = 0; company < world.Options.Companies; company++)
        {
            world.CompanyPartnership[company] = Guid.Empty;
            if (!random.Chance(world.Options.Demo ? 0.6 : 0.4)) continue;
            var earlierEnded = random.Chance(0.1);
            var count = earlierEnded ? 2 : 1;
            var from = world.CompanyCreated[company];
            for (var n = 0; n < count; n++)
            {
                var status = earlierEnded && n == 0 ? PartnershipStatus.Ended : random.Pick(Statuses);
                var created = from.AddDays(random.Between(0, Math.Max(0, (today.DayNumber - from.DayNumber) / (count - n) - 1)));
                DateOnly? start = status is PartnershipStatus.Prospect or PartnershipStatus.Negotiating ? null : created.AddDays(random.Between(10, 60));
                if (start > today) start = today;
                DateOnly? end = status == PartnershipStatus.Ended ? start!.Value.AddDays(random.Between(90, Math.Max(91, today.DayNumber - start.Value.DayNumber))) : null;
                if (end > today) end = today;
                var offered = schemes.Where(_ => random.Chance(0.35)).Select(EnumNaming.NameOf).ToList();
                if (offered.Count == 0) offered.Add(EnumNaming.NameOf(Scheme.Internship));
                var reason = status == PartnershipStatus.Ended ? random.Pick(EndReasons) : status == PartnershipStatus.Paused ? "Sæsonpause" : null;
                var id = random.NextGuid();
                var createdAt = random.During(created);
                var updatedAt = end is { } e ? random.During(e) : start is { } s ? random.During(s) : createdAt;
                if (updatedAt < createdAt) updatedAt = createdAt;
                world.CompanyPartnership[company] = id;
                from = end ?? created;
                yield return new Row(id, company, status, [.. offered], random.Between(1, 12), start, end, reason, createdAt, updatedAt,
                    world.CompanyConsultant[company]);
            }
        }
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        var consultant = world.Consultants[row.Consultant];
        copy.Id(row.Id);
        copy.Id(world.CompanyIds[row.Company]);
        copy.Text(EnumNaming.NameOf(row.Status));
        copy.Texts(row.Schemes);
        copy.Number(row.Slots);
        copy.Date(row.Start);
        copy.Date(row.End);
        copy.Text(null);
        copy.Text(row.Reason);
        copy.Text(consultant.Id);
        copy.Text(consultant.Name);
        copy.Time(row.CreatedAt);
        copy.Time(row.UpdatedAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, row.Consultant);
}
