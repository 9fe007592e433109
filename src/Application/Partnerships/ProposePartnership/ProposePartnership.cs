using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships.ProposePartnership;

public sealed record ProposePartnershipCommand(
    Guid CompanyId,
    IReadOnlyList<Scheme> Schemes,
    int? CommittedSlotsPerYear,
    PartnershipStatus? Status,
    DateOnly? StartDate,
    string? Notes,
    StaffMemberInput? ResponsibleConsultant) : ICommand<PartnershipDto>, IPartnershipTermsFields;

public sealed class ProposePartnershipCommandValidator : AbstractValidator<ProposePartnershipCommand>
{
    public ProposePartnershipCommandValidator()
    {
        RuleFor(p => p.CompanyId).NotEmpty();
        RuleFor(p => p.Status).IsInEnum();
        RuleFor(p => p.StartDate).InDateRange();
        this.ValidatePartnershipTerms();
    }
}

public sealed class ProposePartnershipCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ProposePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(ProposePartnershipCommand command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("company", command.CompanyId);
        company.EnsureTradingOn(clock.Today());

        var current = await db.Partnerships
            .Where(p => p.CompanyId == command.CompanyId && p.Status != PartnershipStatus.Ended)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
            throw new ConflictException(
                "The company already has a partnership that is not ended. Change that one, or end it first.", current);

        var partnership = Partnership.Propose(
            command.CompanyId,
            command.ToTerms(),
            command.Status ?? PartnershipStatus.Prospect,
            command.StartDate,
            command.ResponsibleConsultant.ToStaffMember() ?? user.Staff,
            clock.Today());
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return partnership.ToDto();
    }
}
