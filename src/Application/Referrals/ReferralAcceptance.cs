using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Referrals;

public static class ReferralAcceptance
{
    /// <summary>
    /// Moves a referral on, whoever answers (a consultant or the employer). Accepting makes the internship
    /// placement from the offer: it is added here and saved with the referral and the offer in one
    /// transaction, so either all three change or none does. The candidate is read erased or not: the referral of
    /// a candidate erased since exists, and the domain refuses to move it with candidateErased, not "not found". A company
    /// that has ceased takes no one on (companyCeased).
    /// </summary>
    public static async Task MoveAsync(
        this IAppDbContext db, Referral referral, ReferralStatus next, DeclineReason? reason, StaffMember consultant, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleAsync(c => c.Id == referral.CandidateId, cancellationToken);
        if (next != ReferralStatus.Accepted)
        {
            referral.MoveTo(next, reason, candidate, clock.GetUtcNow());
            return;
        }
        var offer = await db.InternshipOffers.SingleAsync(o => o.Id == referral.InternshipId, cancellationToken);
        var company = await db.Companies.SingleAsync(c => c.Id == referral.CompanyId, cancellationToken);
        company.EnsureTradingOn(clock.Today());
        var partnershipId = await db.Partnerships
            .Where(p => p.CompanyId == company.Id && p.Status != PartnershipStatus.Ended)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        db.Placements.Add(referral.Accept(offer, candidate, company, partnershipId, consultant, clock.Today()));
    }
}
