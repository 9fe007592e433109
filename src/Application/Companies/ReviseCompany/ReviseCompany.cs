using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Companies.ReviseCompany;

public sealed record ReviseCompanyCommand(
    string Cvr,
    string Name,
    string? IndustryCode,
    Sector? Sector,
    AddressInput? Address,
    string? Website,
    int? EmployeeCount) : ICommand<CompanyDto>, ICompanyFields
{
    [JsonIgnore] public Guid Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

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
