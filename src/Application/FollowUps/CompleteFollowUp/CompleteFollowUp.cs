using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.FollowUps.CompleteFollowUp;

/// <summary>What a follow-up found, as the consultant records it.</summary>
public record FollowUpResultInput(Outcome? Outcome, decimal? HoursPerWeek, int? EmployerSatisfaction, int? CandidateSatisfaction, string? Notes);

/// <summary>Records what the follow-up found; a follow-up is completed once (409 after).</summary>
public sealed record CompleteFollowUpCommand(Guid Id, FollowUpResultInput Result, uint? ExpectedVersion)
    : FollowUpResultInput(Result), ICommand<FollowUpDto>;

public sealed class CompleteFollowUpCommandValidator : AbstractValidator<CompleteFollowUpCommand>
{
    public CompleteFollowUpCommandValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.HoursPerWeek).GreaterThanOrEqualTo(0).LessThanOrEqualTo(SchemeRules.MaxHoursPerWeek).PrecisionScale(3, 1, ignoreTrailingZeros: true);
        RuleFor(c => c.EmployerSatisfaction).InclusiveBetween(FollowUp.LowestSatisfaction, FollowUp.HighestSatisfaction);
        RuleFor(c => c.CandidateSatisfaction).InclusiveBetween(FollowUp.LowestSatisfaction, FollowUp.HighestSatisfaction);
        RuleFor(c => c.Notes).MultiLineText(4000).MustNotLookLikeCpr();
    }
}

public sealed class CompleteFollowUpCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CompleteFollowUpCommand, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(CompleteFollowUpCommand command, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("follow-up", command.Id);
        followUp.ExpectVersion(command.ExpectedVersion);
        followUp.Complete(
            new FollowUpResult(command.Outcome!.Value, command.HoursPerWeek, command.EmployerSatisfaction, command.CandidateSatisfaction, command.Notes),
            user.Staff,
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return followUp.ToDto(clock.Today());
    }
}
