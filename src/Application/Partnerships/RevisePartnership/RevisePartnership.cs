using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships.RevisePartnership;

/// <summary>The terms of a partnership as a consultant revises them.</summary>
public record PartnershipTermsInput(
    IReadOnlyList<Scheme> Schemes,
    int? CommittedSlotsPerYear,
    string? Notes,
    StaffMemberInput? ResponsibleConsultant) : IPartnershipTermsFields;

public sealed record RevisePartnershipCommand(Guid Id, PartnershipTermsInput Terms, uint? ExpectedVersion)
    : PartnershipTermsInput(Terms), ICommand<PartnershipDto>;

public sealed class RevisePartnershipCommandValidator : AbstractValidator<RevisePartnershipCommand>
{
    public RevisePartnershipCommandValidator() => this.ValidatePartnershipTerms();
}

public sealed class RevisePartnershipCommandHandler(IAppDbContext db) : ICommandHandler<RevisePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(RevisePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("partnership", command.Id);
        partnership.ExpectVersion(command.ExpectedVersion);
        partnership.Revise(command.ToTerms());
        if (command.ResponsibleConsultant.ToStaffMember() is { } consultant) partnership.HandOverTo(consultant);
        await db.SaveChangesAsync(cancellationToken);
        return partnership.ToDto();
    }
}
