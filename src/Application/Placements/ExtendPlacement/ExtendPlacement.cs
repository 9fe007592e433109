using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Placements.ExtendPlacement;

/// <summary>A later planned end for a placement.</summary>
public record PlacementExtensionInput(DateOnly? PlannedEndDate);

/// <summary>Extends a placement within its scheme's legal limits (422 durationExceeded beyond); pending follow-ups move with it.</summary>
public sealed record ExtendPlacementCommand(Guid Id, PlacementExtensionInput Extension, uint? ExpectedVersion)
    : PlacementExtensionInput(Extension), ICommand<PlacementDto>;

public sealed class ExtendPlacementCommandValidator : AbstractValidator<ExtendPlacementCommand>
{
    public ExtendPlacementCommandValidator() => RuleFor(c => c.PlannedEndDate).NotNull().InDateRange();
}

public sealed class ExtendPlacementCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ExtendPlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(ExtendPlacementCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.Id, cancellationToken);
        placement.ExpectVersion(command.ExpectedVersion);
        var sector = await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => c.Sector).SingleAsync(cancellationToken);
        placement.Extend(command.PlannedEndDate!.Value, sector);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(placement, clock.Today(), cancellationToken);
    }
}
