using PartnerCrm.Domain.Common;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// The little that later tables need to know about earlier ones, kept in flat arrays (a few bytes per company
/// and candidate) so that a million placements are made as a stream, never held in memory.
/// </summary>
internal sealed class SeedWorld
{
    public SeedWorld(SeedOptions options, DateOnly today, IReadOnlyList<StaffMember> consultants, int rowsBefore)
    {
        RowsBefore = rowsBefore;
        Options = options;
        Today = today;
        Consultants = consultants;
        CompanyIds = new Guid[options.Companies];
        CompanyIndustry = new byte[options.Companies];
        CompanyIsPublic = new bool[options.Companies];
        CompanyPlace = new byte[options.Companies];
        CompanyRetention = new float[options.Companies];
        CompanyConsultant = new byte[options.Companies];
        CompanyCreated = new DateOnly[options.Companies];
        CompanyPartnership = new Guid[options.Companies];
        CompanyPickWeights = new double[options.Companies];
        CandidateIds = new Guid[options.Candidates];
        CandidateArrival = new DateOnly[options.Candidates];
        CandidatePlacements = new byte[options.Candidates];
        CandidateConsultant = new byte[options.Candidates];
    }

    public SeedOptions Options { get; }

    /// <summary>The day the seed runs; every date is counted from it.</summary>
    public DateOnly Today { get; }

    public IReadOnlyList<StaffMember> Consultants { get; }

    /// <summary>How many companies and candidates the database held before; it changes the random numbers of an appended seed.</summary>
    public int RowsBefore { get; }

    public Guid[] CompanyIds { get; }
    public byte[] CompanyIndustry { get; }
    public bool[] CompanyIsPublic { get; }
    public byte[] CompanyPlace { get; }

    /// <summary>How likely a person stays with the company: its industry's figure, give or take the company's own way.</summary>
    public float[] CompanyRetention { get; }

    public byte[] CompanyConsultant { get; }
    public DateOnly[] CompanyCreated { get; }

    /// <summary>The partnership placements at the company are linked to; empty when it has none.</summary>
    public Guid[] CompanyPartnership { get; }

    /// <summary>Running totals of how many people each company takes (larger companies take more), for drawing one.</summary>
    public double[] CompanyPickWeights { get; }

    public Guid[] CandidateIds { get; }
    public DateOnly[] CandidateArrival { get; }
    public byte[] CandidatePlacements { get; }
    public byte[] CandidateConsultant { get; }

    /// <summary>The internship offers that accepted referrals came from, by the placement's number; filled once the offers are made.</summary>
    public Dictionary<long, Guid> OfferOfPlacement { get; } = [];

    /// <summary>The placements made from an offer, as the placements' first pass finds them.</summary>
    public List<OfferedPlacement> OfferedPlacements { get; } = [];

    public int PickCompany(SeedRandom random)
    {
        var draw = random.NextDouble() * CompanyPickWeights[^1];
        var index = Array.BinarySearch(CompanyPickWeights, draw);
        return Math.Min(index < 0 ? ~index : index, CompanyPickWeights.Length - 1);
    }

    public static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

/// <summary>An internship placement that an accepted referral made from an offer, with the offer's terms.</summary>
internal sealed record OfferedPlacement(
    long Ordinal, Guid PlacementId, int Candidate, int Company, DateOnly Start, int Weeks, int HoursPerWeek, string Title, DateTimeOffset PlacedAt);
