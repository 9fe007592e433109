using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies.AddContact;

namespace PartnerCrm.Application.Companies.ReviseContact;

public sealed record ReviseContactCommand(Guid CompanyId, Guid ContactId, ContactInput Contact, uint? ExpectedVersion)
    : ContactInput(Contact), ICommand<ContactDto>;

public sealed class ReviseContactCommandValidator : AbstractValidator<ReviseContactCommand>
{
    public ReviseContactCommandValidator() => this.ValidateContactFields();
}

public sealed class ReviseContactCommandHandler(IAppDbContext db) : ICommandHandler<ReviseContactCommand, ContactDto>
{
    public async ValueTask<ContactDto> Handle(ReviseContactCommand command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(
                c => c.Id == command.ContactId && c.CompanyId == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("contact", command.ContactId);
        contact.ExpectVersion(command.ExpectedVersion);
        if (command.IsPrimary && !contact.IsPrimary)
            await db.DemotePrimaryContactsAsync(command.CompanyId, cancellationToken);
        contact.Revise(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return contact.ToDto();
    }
}
