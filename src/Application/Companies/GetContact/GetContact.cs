using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.GetContact;

public sealed record GetContactQuery(Guid CompanyId, Guid ContactId) : IQuery<ContactDto>;

public sealed class GetContactQueryHandler(IAppDbContext db) : IQueryHandler<GetContactQuery, ContactDto>
{
    public async ValueTask<ContactDto> Handle(GetContactQuery query, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == query.ContactId && c.CompanyId == query.CompanyId, cancellationToken)
            ?? throw new NotFoundException("contact", query.ContactId);
        return contact.ToDto();
    }
}
