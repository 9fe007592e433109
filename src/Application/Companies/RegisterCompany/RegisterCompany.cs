using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.RegisterCompany;

public sealed record RegisterCompanyCommand(CompanyInput Company)
    : CompanyInput(Company), ICommand<CompanyDto>;

public sealed class RegisterCompanyCommandValidator : AbstractValidator<RegisterCompanyCommand>
{
    public RegisterCompanyCommandValidator() => this.ValidateCompanyFields();
}

public sealed class RegisterCompanyCommandHandler(IAppDbContext db) : ICommandHandler<RegisterCompanyCommand, CompanyDto>
{
    public async ValueTask<CompanyDto> Handle(RegisterCompanyCommand command, CancellationToken cancellationToken)
    {
        var cvr = Cvr.Parse(command.Cvr);
        var existingId = await db.Companies
            .Where(c => c.Cvr == cvr)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existingId is not null)
            throw new ConflictException($"A company with CVR {cvr} is already registered.", existingId);

        var company = Company.Register(cvr, command.ToDetails());
        db.Companies.Add(company);
        await db.SaveChangesAsync(cancellationToken);
        return company.ToDto(hasActivePartnership: false);
    }
}
