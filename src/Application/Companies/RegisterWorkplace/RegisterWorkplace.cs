using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.RegisterWorkplace;

/// <summary>Registers a workplace of the company by hand, one the register's extract has not brought yet.</summary>
public sealed record RegisterWorkplaceCommand(Guid CompanyId, WorkplaceInput Workplace)
    : WorkplaceInput(Workplace), ICommand<WorkplaceDto>;

public sealed class RegisterWorkplaceCommandValidator : AbstractValidator<RegisterWorkplaceCommand>
{
    public RegisterWorkplaceCommandValidator()
    {
        RuleFor(w => w.PNumber).NotEmpty().PNumberShape();
        this.ValidateAddress();
    }
}

public sealed class RegisterWorkplaceCommandHandler(IAppDbContext db) : ICommandHandler<RegisterWorkplaceCommand, WorkplaceDto>
{
    public async ValueTask<WorkplaceDto> Handle(RegisterWorkplaceCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(command.CompanyId, cancellationToken);
        var pNumber = PNumber.Parse(command.PNumber);
        var existingId = await db.Workplaces
            .Where(w => w.PNumber == pNumber)
            .Select(w => (Guid?)w.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existingId is not null)
            throw new ConflictException($"A workplace with P-number {pNumber} is already registered.", existingId);

        var workplace = Workplace.Register(command.CompanyId, pNumber, command.Address?.ToAddress());
        db.Workplaces.Add(workplace);
        await db.SaveChangesAsync(cancellationToken);
        return workplace.ToDto();
    }
}
