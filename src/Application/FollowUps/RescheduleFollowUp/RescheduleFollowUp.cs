using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.FollowUps.RescheduleFollowUp;

/// <summary>Another day for a follow-up, and why.</summary>
public record FollowUpRescheduleInput(DateOnly? DueDate, string Reason);

/// <summary>Moves a pending follow-up to another day; the reason is kept on it and in the audit trail. A completed one answers 409.</summary>
public sealed record RescheduleFollowUpCommand(Guid Id, FollowUpRescheduleInput Reschedule, uint? ExpectedVersion)
    : FollowUpRescheduleInput(Reschedule), ICommand<FollowUpDto>;

public sealed class RescheduleFollowUpCommandValidator : AbstractValidator<RescheduleFollowUpCommand>
{
    public RescheduleFollowUpCommandValidator()
    {
        RuleFor(c => c.DueDate).NotNull().InDateRange();
        RuleFor(c => c.Reason).NotEmpty().Text(FollowUp.MaxReasonLength).MustNotLookLikeCpr();
    }
}

public sealed class RescheduleFollowUpCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RescheduleFollowUpCommand, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(RescheduleFollowUpCommand command, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("follow-up", command.Id);
        followUp.ExpectVersion(command.ExpectedVersion);
        followUp.Reschedule(command.DueDate!.Value, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return followUp.ToDto(clock.Today());
    }
}
