using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.AddContact;

public sealed record AddContactCommand(Guid CompanyId, ContactInput Contact)
    : ContactInput(Contact), ICommand<ContactDto>;

public sealed class AddContactCommandValidator : AbstractValidator<AddContactCommand>
{
    public AddContactCommandValidator() => this.ValidateContactFields();
}

public sealed class AddContactCommandHandler(IAppDbContext db) : ICommandHandler<AddContactCommand, ContactDto>
{
    public async ValueTask<ContactDto> Handle(AddContactCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(command.CompanyId, cancellationToken);
        var contact = Contact.Add(command.CompanyId, command.ToDetails());
        if (contact.IsPrimary) await db.DemotePrimaryContactsAsync(command.CompanyId, cancellationToken);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact.ToDto();
    }
}

public static class PrimaryContact
{
    public static async Task DemotePrimaryContactsAsync(this IAppDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        var primaries = await db.Contacts.Where(c => c.CompanyId == companyId && c.IsPrimary).ToListAsync(cancellationToken);
        primaries.ForEach(c => c.StepDownAsPrimary());
    }
}
