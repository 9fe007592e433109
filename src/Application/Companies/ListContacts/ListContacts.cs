using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.ListContacts;

/// <summary>A company's contacts, sorted by name, then id.</summary>
public sealed record ListContactsQuery(Guid CompanyId, int? Limit, string? Cursor) : IQuery<Page<ContactDto>>, IPagedQuery;

public sealed class ListContactsQueryValidator : AbstractValidator<ListContactsQuery>
{
    public ListContactsQueryValidator() => this.ValidatePaging();
}

public sealed class ListContactsQueryHandler(IAppDbContext db) : IQueryHandler<ListContactsQuery, Page<ContactDto>>
{
    private sealed record Position(string Name, Guid Id);

    public async ValueTask<Page<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(query.CompanyId, cancellationToken);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.CompanyId == query.CompanyId);
        if (query.After<Position>() is { } after)
            contacts = contacts.Where(c =>
                string.Compare(c.Name, after.Name) > 0 || (c.Name == after.Name && c.Id.CompareTo(after.Id) > 0));
        return await contacts
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .ToPageAsync(query, c => c.ToDto(), c => new Position(c.Name, c.Id), cancellationToken);
    }
}
