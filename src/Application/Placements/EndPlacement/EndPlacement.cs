using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements.EndPlacement;

/// <summary>How a placement ended, as the consultant records it.</summary>
public record PlacementEndInput(DateOnly? EndDate, EndReason? EndReason);

/// <summary>Records how a placement ended; it ends once (409 after).</summary>
public sealed record EndPlacementCommand(Guid Id, PlacementEndInput End, uint? ExpectedVersion)
    : PlacementEndInput(End), ICommand<PlacementDto>;

public sealed class EndPlacementCommandValidator : AbstractValidator<EndPlacementCommand>
{
    public EndPlacementCommandValidator()
    {
        RuleFor(c => c.EndDate).NotNull().InDateRange();
        RuleFor(c => c.EndReason).NotNull().IsInEnum();
    }
}

public sealed class EndPlacementCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EndPlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(EndPlacementCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.Id, cancellationToken);
        placement.ExpectVersion(command.ExpectedVersion);
        placement.End(command.EndDate!.Value, command.EndReason!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(placement, clock.Today(), cancellationToken);
    }
}
