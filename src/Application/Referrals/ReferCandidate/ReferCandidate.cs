using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Referrals.ReferCandidate;

/// <summary>A candidate proposed for an offer, with a note to the employer.</summary>
public record ReferralInput(Guid CandidateId, string? Note);

/// <summary>
/// Refers a candidate to an open internship offer (422 offerNotOpen otherwise). A candidate already
/// referred to the offer, and not declined or withdrawn, answers 409 with the existing referral.
/// </summary>
public sealed record ReferCandidateCommand(Guid InternshipId, ReferralInput Referral) : ReferralInput(Referral), ICommand<ReferralDto>;

public sealed class ReferCandidateCommandValidator : AbstractValidator<ReferCandidateCommand>
{
    public ReferCandidateCommandValidator()
    {
        RuleFor(r => r.CandidateId).NotEmpty();
        RuleFor(r => r.Note).MultiLineText(Referral.MaxNoteLength).MustNotLookLikeCpr();
    }
}

public sealed class ReferCandidateCommandHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<ReferCandidateCommand, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(ReferCandidateCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.InternshipOffers.FirstOrDefaultAsync(o => o.Id == command.InternshipId, cancellationToken)
            ?? throw new NotFoundException("internship", command.InternshipId);
        var candidate = await db.FindCandidateAsync(command.CandidateId, cancellationToken);
        var existing = await db.Referrals
            .Where(r => r.InternshipId == offer.Id && r.CandidateId == candidate.Id && Referral.Live.Contains(r.Status))
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) throw new ConflictException("The candidate is already referred to this internship offer.", existing);

        var referral = Referral.Propose(offer, candidate, command.Note, user.Staff);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return ReferralDto.Of(referral);
    }
}
