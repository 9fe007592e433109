using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.RemoveContact;

public sealed record RemoveContactCommand(Guid CompanyId, Guid ContactId) : ICommand;

public sealed class RemoveContactCommandHandler(IAppDbContext db) : ICommandHandler<RemoveContactCommand>
{
    public async ValueTask<Unit> Handle(RemoveContactCommand command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(
                c => c.Id == command.ContactId && c.CompanyId == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("contact", command.ContactId);
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
