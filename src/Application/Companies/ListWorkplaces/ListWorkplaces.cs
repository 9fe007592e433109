using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.ListWorkplaces;

/// <summary>A company's workplaces, by P-number. An employer asks with its own company: it sees no other's.</summary>
public sealed record ListWorkplacesQuery(Guid CompanyId, int? Limit, string? Cursor) : IQuery<Page<WorkplaceDto>>, IPagedQuery;

public sealed class ListWorkplacesQueryValidator : AbstractValidator<ListWorkplacesQuery>
{
    public ListWorkplacesQueryValidator() => this.ValidatePaging();
}

public sealed class ListWorkplacesQueryHandler(IAppDbContext db) : IQueryHandler<ListWorkplacesQuery, Page<WorkplaceDto>>
{
    private sealed record Position(string PNumber);

    public async ValueTask<Page<WorkplaceDto>> Handle(ListWorkplacesQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(query.CompanyId, cancellationToken);
        var workplaces = db.Workplaces.AsNoTracking().Where(w => w.CompanyId == query.CompanyId);
        if (query.After<Position>() is { } after)
            workplaces = workplaces.Where(w => string.Compare((string)(object)w.PNumber, after.PNumber) > 0);
        return await workplaces
            .OrderBy(w => w.PNumber)
            .ToPageAsync(query, w => w.ToDto(), w => new Position(w.PNumber.Value), cancellationToken);
    }
}
