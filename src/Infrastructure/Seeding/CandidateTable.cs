using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Refugees and family-reunified people from the countries Denmark receives them from, with a case reference,
/// a made-up display name and only the attributes the statistics need; never anything like a CPR number. Each is
/// given how many placements they will have, and arrived early enough for them.
/// </summary>
internal sealed class CandidateTable(SeedWorld world, IReadOnlySet<string> caseReferencesInUse) : SeedTable<CandidateTable.Row>
{
    internal readonly record struct Row(
        Guid Id, string CaseReference, string DisplayName, int BirthYear, Gender Gender, string Country, ResidenceBasis Basis, DateOnly Arrival,
        DanishTrack? Track, int? Module, EducationLevel Education, DateTimeOffset CreatedAt, int Consultant);

    private static readonly (EducationLevel, int)[] Educations =
        [(EducationLevel.None, 14), (EducationLevel.Primary, 26), (EducationLevel.UpperSecondary, 20), (EducationLevel.Vocational, 14), (EducationLevel.Higher, 16), (EducationLevel.Unknown, 10)];

    /// <summary>The most placements one person is given.</summary>
    public const int MostPlacements = 24;

    public override string Name => "candidates";
    public override string Columns => "id, case_reference, display_name, birth_year, gender, country_of_origin, residence_basis, arrival_date, danish_course_track, danish_course_module, education_level, notes, erased_at, created_at, updated_at";
    public override string Entity => AuditTrail.EntityName(typeof(Candidate));
    public override long ExpectedRows => world.Options.Candidates;

    protected override IEnumerable<Row> Rows()
    {
        var random = new SeedRandom(world, 5);
        var origins = SeedCatalogue.Origins.Select((origin, index) => (index, origin.Weight)).ToArray();
        var used = new HashSet<string>(caseReferencesInUse);
        long placementsLeft = world.Options.Placements;
        var today = world.Today;
        var number = caseReferencesInUse.Count;
        for (var i = 0; i < world.Options.Candidates; i++)
        {
            var candidatesLeft = world.Options.Candidates - i;
            var mean = (double)placementsLeft / candidatesLeft;
            var placements = candidatesLeft == 1 ? placementsLeft
                : random.Chance(0.12) ? 0
                : Math.Max(1, (long)Math.Round(mean / 0.88 * (0.3 + 1.4 * random.NextDouble())));
            placements = Math.Min(Math.Min(placements, placementsLeft), MostPlacements);
            placementsLeft -= placements;

            var minimumDays = placements == 0 ? 10 : Math.Min(3300, 40 + (int)placements * 170);
            var arrival = today.AddDays(-random.Between(minimumDays, Math.Max(minimumDays, 3650)));
            var origin = SeedCatalogue.Origins[random.Pick(origins)];
            while (arrival < origin.ArrivingFrom) origin = SeedCatalogue.Origins[random.Pick(origins)];
            var femaleShare = origin.Country == "UA" ? 0.7 : 0.45;
            var gender = random.Chance(0.02) ? (random.Chance(0.5) ? Gender.Other : Gender.Unspecified)
                : random.Chance(femaleShare) ? Gender.Female : Gender.Male;
            var first = random.Pick(gender == Gender.Female ? origin.Women : gender == Gender.Male ? origin.Men : random.Chance(0.5) ? origin.Women : origin.Men);
            var ageAtArrival = Math.Clamp((int)random.Normal(31, 9), 18, 62);
            var education = random.Pick(Educations);
            DanishTrack? track = null;
            int? module = null;
            if (random.Chance(0.9))
            {
                track = education switch
                {
                    EducationLevel.None => DanishTrack.DU1,
                    EducationLevel.Primary => random.Chance(0.6) ? DanishTrack.DU1 : DanishTrack.DU2,
                    EducationLevel.Higher => DanishTrack.DU3,
                    _ => random.Chance(0.7) ? DanishTrack.DU2 : DanishTrack.DU3,
                };
                var years = (today.DayNumber - arrival.DayNumber) / 365.0;
                module = Math.Clamp(DanishCourse.FirstModule + (int)(years * 1.3) + random.Between(-1, 1), DanishCourse.FirstModule, DanishCourse.LastModule);
            }
            string caseReference;
            do caseReference = $"GK-{arrival.Year}-{++number:D6}";
            while (!used.Add(caseReference));
            var consultant = random.Between(0, world.Consultants.Count - 1);

            world.CandidateIds[i] = random.NextGuid();
            world.CandidateArrival[i] = arrival;
            world.CandidatePlacements[i] = (byte)placements;
            world.CandidateConsultant[i] = (byte)consultant;
            yield return new Row(world.CandidateIds[i], caseReference, $"{first} {random.Pick(origin.Families)}", arrival.Year - ageAtArrival, gender,
                origin.Country, random.Chance(origin.RefugeeShare) ? ResidenceBasis.Refugee : ResidenceBasis.FamilyReunification, arrival,
                track, module, education, random.During(arrival.AddDays(random.Between(1, 9))), consultant);
        }
    }

    protected override void WriteRow(NpgsqlBinaryImporter copy, Row row)
    {
        copy.Id(row.Id);
        copy.Text(row.CaseReference);
        copy.Text(row.DisplayName);
        copy.Number(row.BirthYear);
        copy.Text(EnumNaming.NameOf(row.Gender));
        copy.Text(row.Country);
        copy.Text(EnumNaming.NameOf(row.Basis));
        copy.Date(row.Arrival);
        copy.Text(row.Track is { } track ? EnumNaming.NameOf(track) : null);
        copy.Number(row.Module);
        copy.Text(EnumNaming.NameOf(row.Education));
        copy.Text(null);
        copy.Time(null);
        copy.Time(row.CreatedAt);
        copy.Time(row.CreatedAt);
    }

    protected override Created Describe(Row row) => new(row.Id, row.CreatedAt, row.Consultant);
}
