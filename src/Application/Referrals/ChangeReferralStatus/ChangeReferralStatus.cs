using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Referrals.ChangeReferralStatus;

/// <summary>Where a referral goes next, and why when it is declined.</summary>
public record ReferralStatusInput(ReferralStatus? Status, DeclineReason? DeclineReason);

/// <summary>
/// A consultant moves a referral on: proposed → interview | accepted | declined | withdrawn; interview →
/// accepted | declined | withdrawn; anything else answers 422 invalidTransition. Accepting makes the
/// internship placement (422 offerFull when the offer has no place left); the placement is the consultant's.
/// </summary>
public sealed record ChangeReferralStatusCommand(Guid Id, ReferralStatusInput Change, uint? ExpectedVersion)
    : ReferralStatusInput(Change), ICommand<ReferralDto>;

public sealed class ChangeReferralStatusCommandValidator : AbstractValidator<ChangeReferralStatusCommand>
{
    public ChangeReferralStatusCommandValidator() => this.ValidateReferralStatus();
}

public static class ReferralStatusRules
{
    public static void ValidateReferralStatus<T>(this AbstractValidator<T> validator) where T : ReferralStatusInput
    {
        validator.RuleFor(c => c.Status).NotNull().IsInEnum();
        validator.RuleFor(c => c.DeclineReason).IsInEnum();
        validator.RuleFor(c => c.DeclineReason).NotNull().When(c => c.Status == ReferralStatus.Declined)
            .WithMessage("Say why the referral is declined.").WithErrorCode("DeclineReasonRequired");
    }
}

public sealed class ChangeReferralStatusCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeReferralStatusCommand, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(ChangeReferralStatusCommand command, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("referral", command.Id);
        referral.ExpectVersion(command.ExpectedVersion);
        await db.MoveAsync(referral, command.Status!.Value, command.DeclineReason, user.Staff, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReferralDto.Of(referral);
    }
}
