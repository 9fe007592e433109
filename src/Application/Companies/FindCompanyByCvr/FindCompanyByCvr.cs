using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.FindCompanyByCvr;

/// <summary>The company registered with a CVR number, or null when none is.</summary>
public sealed record FindCompanyByCvrQuery(string Cvr) : IQuery<CompanyDto?>;

public sealed class FindCompanyByCvrQueryValidator : AbstractValidator<FindCompanyByCvrQuery>
{
    public FindCompanyByCvrQueryValidator() =>
        RuleFor(q => q.Cvr)
            .NotEmpty()
            .Text(Domain.Companies.Cvr.Length)
            .Must(Domain.Companies.Cvr.IsValid)
            .WithMessage("A CVR number is 8 digits, does not start with 0 and passes the modulus-11 check.").WithErrorCode("Cvr");
}

public sealed class FindCompanyByCvrQueryHandler(IAppDbContext db) : IQueryHandler<FindCompanyByCvrQuery, CompanyDto?>
{
    public async ValueTask<CompanyDto?> Handle(FindCompanyByCvrQuery query, CancellationToken cancellationToken)
    {
        var cvr = Cvr.Parse(query.Cvr);
        var row = await db.Companies.AsNoTracking()
            .Where(c => c.Cvr == cvr)
            .WithPartnershipState(db)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToDto();
    }
}
