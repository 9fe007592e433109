using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Referrals;

public sealed record ReferralDto(
    Guid Id,
    Guid InternshipId,
    Guid CandidateId,
    Guid CompanyId,
    ReferralStatus Status,
    DeclineReason? DeclineReason,
    string? Note,
    Guid? PlacementId,
    DateTimeOffset? InterviewedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IVersioned
{
    public uint Version { get; init; }

    public static ReferralDto Of(Referral referral) => new(
        referral.Id, referral.InternshipId, referral.CandidateId, referral.CompanyId, referral.Status, referral.DeclineReason,
        referral.Note, referral.PlacementId, referral.InterviewedAt, referral.CreatedAt, referral.UpdatedAt)
    {
        Version = referral.Version,
    };
}

/// <summary>
/// A referred candidate as the employer sees them: never a name, case reference, birth year or country. Once the
/// candidate is erased the card keeps only its alias, which belongs to the referral, and says <c>erased</c>.
/// </summary>
public sealed record CandidateCardDto(string Alias, string? DanishLevel, EducationLevel? EducationLevel, string? AgeBand, bool Erased);

/// <summary>A referral as the employer sees it.</summary>
public sealed record EmployerReferralDto(Guid Id, ReferralStatus Status, DeclineReason? DeclineReason, CandidateCardDto Candidate, string? Note) : IVersioned
{
    public uint Version { get; init; }

    /// <summary>
    /// The card shows the Danish level reached on the ladder and the age band this year; nothing that names the person.
    /// An erased candidate's card shows nothing about the person any more: the attributes kept for the statistics are
    /// not the employer's.
    /// </summary>
    public static EmployerReferralDto Of(Referral referral, Candidate candidate, ICandidateAliases aliases, int year)
    {
        var alias = aliases.AliasOf(referral.Id);
        var step = DanishLadder.StepOf(candidate.DanishCourse);
        var card = candidate.IsErased
            ? new CandidateCardDto(alias, DanishLevel: null, EducationLevel: null, AgeBand: null, Erased: true)
            : new CandidateCardDto(
                alias, step == 0 ? null : DanishLadder.NameOf(step), candidate.EducationLevel, AgeBands.Of(candidate.BirthYear, year), Erased: false);
        return new EmployerReferralDto(referral.Id, referral.Status, referral.DeclineReason, card, referral.Note) { Version = referral.Version };
    }
}

/// <summary>
/// A stable alias for a referred candidate, per referral: an employer can tell its candidates apart but
/// cannot follow a person from one offer to another or back to the jobcenter's records.
/// </summary>
public interface ICandidateAliases
{
    string AliasOf(Guid referralId);
}
