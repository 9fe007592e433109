using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Referrals;
using PartnerCrm.Application.Referrals.ChangeReferralStatus;

namespace PartnerCrm.Application.Referrals.AnswerReferral;

/// <summary>
/// The employer answers a referral to one of its offers: interview, accepted, or declined with a reason.
/// Withdrawing is the jobcenter's. Accepting makes the internship placement, which belongs to the consultant
/// who proposed the candidate. A referral to another company's offer is not found.
/// </summary>
public sealed record AnswerReferralCommand(Guid Id, ReferralStatusInput Answer, Guid CompanyId, uint? ExpectedVersion)
    : ReferralStatusInput(Answer), ICommand<EmployerReferralDto>;

public sealed class AnswerReferralCommandValidator : AbstractValidator<AnswerReferralCommand>
{
    public AnswerReferralCommandValidator()
    {
        this.ValidateReferralStatus();
        RuleFor(c => c.Status)
            .Must(status => status is null or ReferralStatus.Interview or ReferralStatus.Accepted or ReferralStatus.Declined)
            .WithMessage("An employer answers interview, accepted or declined.").WithErrorCode("EmployerAnswer");
    }
}

public sealed class AnswerReferralCommandHandler(IAppDbContext db, ICandidateAliases aliases, TimeProvider clock)
    : ICommandHandler<AnswerReferralCommand, EmployerReferralDto>
{
    public async ValueTask<EmployerReferralDto> Handle(AnswerReferralCommand command, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == command.Id && r.CompanyId == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("referral", command.Id);
        referral.ExpectVersion(command.ExpectedVersion);
        await db.MoveAsync(referral, command.Status!.Value, command.DeclineReason, referral.ProposedBy, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == referral.CandidateId, cancellationToken);
        return EmployerReferralDto.Of(referral, candidate, aliases, clock.Today().Year);
    }
}
