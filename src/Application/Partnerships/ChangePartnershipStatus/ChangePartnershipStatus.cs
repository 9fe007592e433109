using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships.ChangePartnershipStatus;

/// <summary>The status a partnership moves to, and why.</summary>
public record PartnershipStatusInput(PartnershipStatus? Status, string? Reason);

public sealed record ChangePartnershipStatusCommand(Guid Id, PartnershipStatusInput Change, uint? ExpectedVersion)
    : PartnershipStatusInput(Change), ICommand<PartnershipDto>;

public sealed class ChangePartnershipStatusCommandValidator : AbstractValidator<ChangePartnershipStatusCommand>
{
    public ChangePartnershipStatusCommandValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Reason).MultiLineText(1000);
    }
}

public sealed class ChangePartnershipStatusCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<ChangePartnershipStatusCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(ChangePartnershipStatusCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("partnership", command.Id);
        partnership.ExpectVersion(command.ExpectedVersion);
        partnership.ChangeStatus(command.Status!.Value, command.Reason, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return partnership.ToDto();
    }
}
