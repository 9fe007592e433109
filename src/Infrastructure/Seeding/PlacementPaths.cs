using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Each candidate's way into work, placement after placement: often an internship first, then wage subsidy, IGU or
/// a job, at the same company when it hired the person. Every placement keeps its scheme's legal limits (checked
/// by the Domain's own <see cref="SchemeRules"/>), and its follow-ups are the Domain's <see cref="FollowUpSchedule"/>,
/// completed with the outcome the person's later placements show: so retention differs by industry, company and
/// scheme as it would in life.
/// </summary>
internal sealed class PlacementPaths(SeedWorld world)
{
    internal sealed class Placement
    {
        public Guid Id;
        public long Ordinal;
        public int Company;
        public Guid? InternshipId;
        public PlacementType Type;
        public string JobTitle = "";
        public decimal HoursPerWeek;
        public DateOnly Start;
        public DateOnly? PlannedEnd;
        public bool Extended;
        public DateOnly? EndDate;
        public EndReason? EndReason;

        /// <summary>When it ends in the story, also when that is still to come and so not recorded.</summary>
        public DateOnly? StoryEnd;

        public EndReason? StoryReason;
        public bool FromOffer;
        public int OfferWeeks;
        public DateTimeOffset CreatedAt;
    }

    internal struct FollowUp
    {
        public Guid Id;
        public int Placement;
        public Milestone Milestone;
        public DateOnly DueDate;
        public FollowUpStatus Status;
        public Outcome? Outcome;
        public decimal? HoursPerWeek;
        public int? EmployerSatisfaction;
        public int? CandidateSatisfaction;
        public DateTimeOffset? CompletedAt;
        public DateTimeOffset CreatedAt;
    }

    /// <summary>One candidate's placements and their follow-ups; the same object is refilled for the next candidate.</summary>
    internal sealed class Path
    {
        public int Candidate;
        public int Consultant;
        public readonly Placement[] Placements = Enumerable.Range(0, CandidateTable.MostPlacements).Select(_ => new Placement()).ToArray();
        public int PlacementCount;
        public FollowUp[] FollowUps = new FollowUp[CandidateTable.MostPlacements * 5];
        public int FollowUpCount;
    }

    private static readonly (PlacementType, int)[] FirstTypes =
        [(PlacementType.Internship, 55), (PlacementType.WageSubsidy, 14), (PlacementType.Igu, 9), (PlacementType.OrdinaryEmployment, 17), (PlacementType.Apprenticeship, 5)];

    private static readonly (PlacementType, int)[] LaterTypes =
        [(PlacementType.Internship, 35), (PlacementType.WageSubsidy, 20), (PlacementType.Igu, 9), (PlacementType.OrdinaryEmployment, 31), (PlacementType.Apprenticeship, 5)];

    private static readonly (PlacementType, int)[] HiredTypes =
        [(PlacementType.WageSubsidy, 25), (PlacementType.Igu, 15), (PlacementType.OrdinaryEmployment, 53), (PlacementType.Apprenticeship, 7)];

    private static readonly (EndReason, int)[] EarlyReasons =
        [(EndReason.EmployerEnded, 40), (EndReason.CandidateLeft, 25), (EndReason.HiredElsewhere, 20), (EndReason.StartedEducation, 10), (EndReason.Other, 5)];

    private static readonly (EndReason, int)[] LaterReasons =
        [(EndReason.HiredElsewhere, 45), (EndReason.StartedEducation, 20), (EndReason.EmployerEnded, 20), (EndReason.Other, 15)];

    private static readonly (Outcome, int)[] UnplacedOutcomes =
        [(Outcome.Unemployed, 58), (Outcome.EmployedOtherCompany, 15), (Outcome.InEducation, 12), (Outcome.Unknown, 15)];

    /// <summary>Every candidate's path in order, the same on every call.</summary>
    public IEnumerable<Path> All()
    {
        var random = new SeedRandom(world, 6);
        var path = new Path();
        long ordinal = 0;
        for (var candidate = 0; candidate < world.Options.Candidates; candidate++)
        {
            var count = world.CandidatePlacements[candidate];
            if (count == 0) continue;
            path.Candidate = candidate;
            path.Consultant = world.CandidateConsultant[candidate];
            MakePlacements(path, count, random, ref ordinal);
            MakeFollowUps(path, random);
            yield return path;
        }
    }

    private void MakePlacements(Path path, int count, SeedRandom random, ref long ordinal)
    {
        var today = world.Today;
        var day = world.CandidateArrival[path.Candidate].AddDays(random.Between(20, 300));
        Placement? previous = null;
        path.PlacementCount = count;
        for (var j = 0; j < count; j++)
        {
            var p = path.Placements[j];
            var hired = previous is { StoryReason: EndReason.HiredByCompany };
            if (previous is not null) day = previous.StoryEnd!.Value.AddDays(hired ? 1 : random.Between(5, 120));
            if (day > today.AddDays(60)) day = today.AddDays(random.Between(1, 60));
            var company = hired ? previous!.Company : world.PickCompany(random);
            var type = hired ? random.Pick(previous!.Type == PlacementType.WageSubsidy ? HiredTypes[1..] : HiredTypes)
                : random.Pick(j == 0 ? FirstTypes : LaterTypes);
            var industry = SeedCatalogue.Industries[world.CompanyIndustry[company]];
            var sector = world.CompanyIsPublic[company] ? Sector.Public : Sector.Private;
            var stays = world.CompanyRetention[company] * TypeFactor(type);
            // Time left for the placements still to come, so a path fits in the years since arrival.
            var budget = Math.Max(60, (today.DayNumber - day.DayNumber) / (count - j));

            p.Id = random.NextGuid();
            p.Ordinal = ordinal++;
            p.Company = company;
            p.Type = type;
            p.JobTitle = random.Pick(industry.Jobs);
            p.Start = day;
            p.Extended = false;
            p.FromOffer = false;
            p.InternshipId = null;
            p.HoursPerWeek = random.Between(15, 37);
            switch (type)
            {
                case PlacementType.Internship:
                    p.Extended = random.Chance(0.1);
                    var weeks = p.Extended ? random.Between(SchemeRules.InternshipWeeks + 1, SchemeRules.ExtendedInternshipWeeks) : random.Between(4, SchemeRules.InternshipWeeks);
                    p.PlannedEnd = day.AddDays(weeks * 7);
                    p.FromOffer = day >= today.AddYears(-3) && random.Chance(0.35);
                    p.OfferWeeks = weeks;
                    if (p.FromOffer) p.InternshipId = world.OfferOfPlacement.GetValueOrDefault(p.Ordinal);
                    Finish(p, random, earlyChance: 0.1, hiredChance: stays * 0.6);
                    break;
                case PlacementType.WageSubsidy:
                    var months = sector == Sector.Public ? SchemeRules.PublicWageSubsidyMonths : SchemeRules.PrivateWageSubsidyMonths;
                    p.PlannedEnd = day.AddMonths(random.Between(2, months));
                    p.HoursPerWeek = random.Between(25, 37);
                    Finish(p, random, earlyChance: 0.12, hiredChance: stays * 0.8);
                    break;
                case PlacementType.Igu:
                    p.PlannedEnd = SchemeRules.PlannedEnd(type, day, null);
                    p.HoursPerWeek = SchemeRules.IguMinimumHoursPerWeek + random.Between(0, 24) / 2m;
                    Finish(p, random, earlyChance: 1 - stays, hiredChance: 0.6);
                    break;
                default:
                    p.PlannedEnd = type == PlacementType.Apprenticeship && random.Chance(0.5) ? day.AddMonths(random.Between(24, 48)) : null;
                    if (!random.Chance(stays))
                    {
                        p.StoryEnd = day.AddDays(random.Between(20, Math.Min(175, budget)));
                        p.StoryReason = random.Pick(EarlyReasons);
                    }
                    else if (j < count - 1 || random.Chance(0.35))
                    {
                        p.StoryEnd = day.AddDays(random.Between(Math.Min(200, budget), Math.Max(200, Math.Min(1100, budget))));
                        p.StoryReason = random.Pick(LaterReasons);
                    }
                    else
                    {
                        p.StoryEnd = p.PlannedEnd;
                        p.StoryReason = p.PlannedEnd is null ? null : EndReason.Completed;
                    }
                    if (p.PlannedEnd < p.StoryEnd) p.StoryEnd = p.PlannedEnd;
                    Record(p, random);
                    break;
            }
            SchemeRules.Check(p.Type, sector, p.Start, p.PlannedEnd, p.HoursPerWeek, p.Extended);
            p.StoryEnd ??= today.AddDays(random.Between(30, 400));
            if (p.StoryEnd <= p.Start) p.StoryEnd = p.Start.AddDays(1);
            var placedOn = p.Start.AddDays(-random.Between(1, 21));
            if (placedOn > today) placedOn = today;
            if (placedOn < world.CandidateArrival[path.Candidate]) placedOn = world.CandidateArrival[path.Candidate];
            p.CreatedAt = random.During(placedOn);
            previous = p;
        }
    }

    /// <summary>How a scheme changes the chance that a person stays: paid, longer schemes hold people better.</summary>
    private static double TypeFactor(PlacementType type) => type switch
    {
        PlacementType.Internship => 0.9,
        PlacementType.WageSubsidy => 0.95,
        PlacementType.Igu => 1.08,
        PlacementType.Apprenticeship => 1.12,
        _ => 1.05,
    };

    /// <summary>A placement with a planned end ends early, or at its end with the person hired or not.</summary>
    private void Finish(Placement p, SeedRandom random, double earlyChance, double hiredChance)
    {
        var length = p.PlannedEnd!.Value.DayNumber - p.Start.DayNumber;
        if (random.Chance(earlyChance))
        {
            p.StoryEnd = p.Start.AddDays(random.Between(Math.Min(7, length), Math.Max(7, length - 1)));
            p.StoryReason = random.Chance(0.55) ? EndReason.EmployerEnded : EndReason.CandidateLeft;
        }
        else
        {
            p.StoryEnd = p.PlannedEnd;
            p.StoryReason = random.Chance(hiredChance) ? EndReason.HiredByCompany : random.Chance(0.15) ? EndReason.StartedEducation : EndReason.Completed;
        }
        Record(p, random);
    }

    /// <summary>The end is recorded once it has happened; a planned end that simply passed is often left as it was.</summary>
    private void Record(Placement p, SeedRandom random)
    {
        var happened = p.StoryEnd is { } end && end <= world.Today && p.StoryReason is not null;
        var recorded = happened && (p.StoryReason != EndReason.Completed || random.Chance(0.7));
        p.EndDate = recorded ? p.StoryEnd : null;
        p.EndReason = recorded ? p.StoryReason : null;
    }

    private void MakeFollowUps(Path path, SeedRandom random)
    {
        var today = world.Today;
        path.FollowUpCount = 0;
        for (var j = 0; j < path.PlacementCount; j++)
        {
            var p = path.Placements[j];
            foreach (var (milestone, due) in FollowUpSchedule.For(p.Type, p.Start, p.PlannedEnd))
            {
                ref var f = ref path.FollowUps[path.FollowUpCount++];
                f = default;
                f.Id = random.NextGuid();
                f.Placement = j;
                f.Milestone = milestone;
                f.DueDate = due;
                f.CreatedAt = p.CreatedAt;
                f.Status = FollowUpStatus.Pending;
                var left = p.EndReason == EndReason.CandidateLeft;
                if (left && due >= p.EndDate) f.Status = FollowUpStatus.Cancelled;
                else if (due >= today) f.Status = FollowUpStatus.Pending;
                else if (random.Chance(today.DayNumber - due.DayNumber < 45 ? 0.35 : 0.04)) f.Status = left ? FollowUpStatus.Cancelled : FollowUpStatus.Pending;
                else
                {
                    f.Status = FollowUpStatus.Completed;
                    var delay = Math.Min(today.DayNumber - due.DayNumber, random.Chance(0.85) ? random.Between(0, 14) : random.Between(15, 60));
                    f.CompletedAt = random.During(due.AddDays(delay));
                    (f.Outcome, f.HoursPerWeek) = OutcomeOn(path, j, due, random);
                    if (random.Chance(0.8))
                    {
                        f.EmployerSatisfaction = random.Between(2, 5);
                        f.CandidateSatisfaction = Math.Min(Domain.Placements.FollowUp.HighestSatisfaction, random.Between(2, 5) + (random.Chance(0.3) ? 1 : 0));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where the person is on <paramref name="day"/>: in paid work that covers the day or starts within two weeks
    /// (at this placement's company or another), else what their last ending says, else a likely outcome.
    /// </summary>
    private static (Outcome, decimal?) OutcomeOn(Path path, int index, DateOnly day, SeedRandom random)
    {
        var company = path.Placements[index].Company;
        Placement? lastEnded = null;
        for (var j = 0; j < path.PlacementCount; j++)
        {
            var p = path.Placements[j];
            var end = p.StoryEnd!.Value;
            if (p.Type.IsPaidWork() && p.Start <= day.AddDays(14) && end >= day)
                return (p.Company == company ? Outcome.EmployedSameCompany : Outcome.EmployedOtherCompany, p.HoursPerWeek);
            if (end < day && (lastEnded is null || end > lastEnded.StoryEnd)) lastEnded = p;
        }
        return lastEnded?.StoryReason switch
        {
            EndReason.HiredByCompany => (lastEnded.Company == company ? Outcome.EmployedSameCompany : Outcome.EmployedOtherCompany, lastEnded.HoursPerWeek),
            EndReason.HiredElsewhere => (Outcome.EmployedOtherCompany, random.Between(15, 37)),
            EndReason.StartedEducation => (Outcome.InEducation, null),
            _ => random.Pick(UnplacedOutcomes) is var outcome && outcome == Outcome.EmployedOtherCompany ? (outcome, random.Between(15, 37)) : (outcome, null),
        };
    }
}
