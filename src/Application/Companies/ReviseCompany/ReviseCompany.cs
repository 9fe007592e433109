using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Companies.ReviseCompany;

/// <summary>Replaces a company's details; <see cref="ExpectedVersion"/> is the version the caller read (If-Match).</summary>
public sealed record ReviseCompanyCommand(Guid Id, CompanyInput Company, uint? ExpectedVersion)
    : CompanyInput(Company), ICommand<CompanyDto>;

public sealed class ReviseCompanyCommandValidator : AbstractValidator<ReviseCompanyCommand>
{
    public ReviseCompanyCommandValidator() => this.ValidateCompanyFields();
}

public sealed class ReviseCompanyCommandHandler(IAppDbContext db) : ICommandHandler<ReviseCompanyCommand, CompanyDto>
{
    public async ValueTask<CompanyDto> Handle(ReviseCompanyCommand command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("company", command.Id);
        company.ExpectVersion(command.ExpectedVersion);
        company.Revise(Cvr.Parse(command.Cvr), command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);

        var hasActivePartnership = await db.Partnerships.Where(Partnership.Active).AnyAsync(p => p.CompanyId == company.Id, cancellationToken);
        return company.ToDto(hasActivePartnership);
    }
}
