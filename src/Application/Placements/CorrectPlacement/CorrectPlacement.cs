using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements.CorrectPlacement;

/// <summary>A placement as recorded: the job title and hours, and, before the start, its dates.</summary>
public record PlacementCorrectionInput(string JobTitle, decimal? HoursPerWeek, DateOnly? StartDate, DateOnly? PlannedEndDate);

/// <summary>
/// Corrects a placement (<c>PUT</c>): job title and hours at any time, start and planned end only before
/// the start (422 placementStarted after). The legal limits hold; pending follow-ups move with the dates.
/// </summary>
public sealed record CorrectPlacementCommand(Guid Id, PlacementCorrectionInput Correction, uint? ExpectedVersion)
    : PlacementCorrectionInput(Correction), ICommand<PlacementDto>;

public sealed class CorrectPlacementCommandValidator : AbstractValidator<CorrectPlacementCommand>
{
    public CorrectPlacementCommandValidator()
    {
        RuleFor(p => p.JobTitle).NotEmpty().Text(Placement.MaxJobTitleLength).MustNotLookLikeCpr();
        RuleFor(p => p.HoursPerWeek).NotNull().GreaterThan(0).LessThanOrEqualTo(SchemeRules.MaxHoursPerWeek).PrecisionScale(3, 1, ignoreTrailingZeros: true);
        RuleFor(p => p.StartDate).NotNull().InDateRange();
        RuleFor(p => p.PlannedEndDate).InDateRange();
    }
}

public sealed class CorrectPlacementCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<CorrectPlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(CorrectPlacementCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.Id, cancellationToken);
        placement.ExpectVersion(command.ExpectedVersion);
        var sector = await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => c.Sector).SingleAsync(cancellationToken);
        placement.Correct(
            new PlacementCorrection(command.JobTitle, command.HoursPerWeek!.Value, command.StartDate!.Value, command.PlannedEndDate),
            sector, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(placement, clock.Today(), cancellationToken);
    }
}
