using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.ListCompanies;

/// <summary>
/// Companies sorted by name (Danish collation), then id. <c>Search</c> matches the name
/// (case-insensitive substring) or, when it is digits, the start of the CVR number.
/// </summary>
public sealed record ListCompaniesQuery(
    string? Search,
    string? IndustryCode,
    bool? HasActivePartnership,
    int? Limit,
    string? Cursor) : IQuery<Page<CompanyDto>>, IPagedQuery;

public sealed class ListCompaniesQueryValidator : AbstractValidator<ListCompaniesQuery>
{
    public ListCompaniesQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Search).Text(200);
        RuleFor(q => q.IndustryCode)
            .Text(Domain.Companies.IndustryCode.Length)
            .Must(Domain.Companies.IndustryCode.IsValid)
            .When(q => q.IndustryCode is not null)
            .WithMessage("An industry code (branchekode) is 6 digits, e.g. 471100.").WithErrorCode("IndustryCode");
    }
}

public sealed class ListCompaniesQueryHandler(IAppDbContext db) : IQueryHandler<ListCompaniesQuery, Page<CompanyDto>>
{
    private sealed record Position(string Name, Guid Id);

    public async ValueTask<Page<CompanyDto>> Handle(ListCompaniesQuery query, CancellationToken cancellationToken)
    {
        var companies = db.Companies.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.Search)) companies = companies.Matching(query.Search);

        if (query.IndustryCode is not null)
        {
            var industryCode = Domain.Companies.IndustryCode.Parse(query.IndustryCode);
            companies = companies.Where(c => c.IndustryCode == industryCode);
        }

        if (query.HasActivePartnership is { } wanted) companies = companies.HavingActivePartnership(db, wanted);

        if (query.After<Position>() is { } after)
            companies = companies.Where(c =>
                string.Compare(c.Name, after.Name) > 0 || (c.Name == after.Name && c.Id.CompareTo(after.Id) > 0));

        return await companies
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .WithPartnershipState(db)
            .ToPageAsync(query, row => row.ToDto(), row => new Position(row.Company.Name, row.Company.Id), cancellationToken);
    }
}
