using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements.MakePlacement;

/// <summary>
/// Places a candidate at a company under a scheme, within its legal limits, and schedules the follow-ups.
/// The company's partnership that is not ended is linked by itself; a linked internship offer whose
/// places are all taken becomes filled. A ceased company gets no new placement; a <c>pNumber</c> names one of
/// the company's workplaces.
/// </summary>
public sealed record MakePlacementCommand(
    Guid CandidateId,
    Guid CompanyId,
    Guid? InternshipId,
    PlacementType? Type,
    string JobTitle,
    decimal? HoursPerWeek,
    DateOnly? StartDate,
    DateOnly? PlannedEndDate,
    bool? Extended,
    string? PNumber = null) : ICommand<PlacementDto>;

public sealed class MakePlacementCommandValidator : AbstractValidator<MakePlacementCommand>
{
    public MakePlacementCommandValidator()
    {
        RuleFor(p => p.CandidateId).NotEmpty();
        RuleFor(p => p.CompanyId).NotEmpty();
        RuleFor(p => p.Type).NotNull().IsInEnum();
        RuleFor(p => p.JobTitle).NotEmpty().Text(Placement.MaxJobTitleLength).MustNotLookLikeCpr();
        RuleFor(p => p.HoursPerWeek).NotNull().GreaterThan(0).LessThanOrEqualTo(SchemeRules.MaxHoursPerWeek).PrecisionScale(3, 1, ignoreTrailingZeros: true);
        RuleFor(p => p.StartDate).NotNull().InDateRange();
        RuleFor(p => p.PlannedEndDate).InDateRange();
        RuleFor(p => p.PNumber).PNumberShape();
    }
}

public sealed class MakePlacementCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MakePlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(MakePlacementCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(command.CandidateId, cancellationToken);
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("company", command.CompanyId);
        company.EnsureTradingOn(clock.Today());
        var partnershipId = await db.Partnerships
            .Where(p => p.CompanyId == company.Id && p.Status != PartnershipStatus.Ended)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var terms = new PlacementTerms(command.Type!.Value, command.JobTitle, command.HoursPerWeek!.Value, command.StartDate!.Value,
            command.PlannedEndDate, command.Extended ?? false);

        if (command.InternshipId is { } internshipId)
        {
            var offer = await db.InternshipOffers.FirstOrDefaultAsync(o => o.Id == internshipId, cancellationToken)
                ?? throw new NotFoundException("internship", internshipId);
            offer.TakePlace(company.Id, terms.Type);
        }

        var placement = Placement.Make(candidate, company, partnershipId, command.InternshipId, terms, user.Staff);
        placement.NameWorkplace(await db.FindWorkplaceAsync(command.PNumber, cancellationToken));
        db.Placements.Add(placement);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(placement, clock.Today(), cancellationToken);
    }
}
