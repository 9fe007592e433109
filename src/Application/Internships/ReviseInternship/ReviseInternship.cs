using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Application.Internships.ReviseInternship;

/// <summary>
/// Replaces the terms of a draft or open offer. A <c>status</c> in the body moves the offer too
/// (e.g. a draft to open); a change that makes no sense answers 422. A <c>pNumber</c> names the workplace;
/// none names none.
/// </summary>
/// <param name="OnlyOfCompany">The employer's company: an offer of any other company is not found.</param>
public sealed record ReviseInternshipCommand(InternshipOfferInput Offer, Guid Id, Guid? OnlyOfCompany, uint? ExpectedVersion)
    : InternshipOfferInput(Offer), ICommand<InternshipDto>;

public sealed class ReviseInternshipCommandValidator : AbstractValidator<ReviseInternshipCommand>
{
    public ReviseInternshipCommandValidator() => this.ValidateInternshipOffer();
}

public sealed class ReviseInternshipCommandHandler(IAppDbContext db) : ICommandHandler<ReviseInternshipCommand, InternshipDto>
{
    public async ValueTask<InternshipDto> Handle(ReviseInternshipCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.FindOfferAsync(command.Id, command.OnlyOfCompany, cancellationToken);
        offer.ExpectVersion(command.ExpectedVersion);
        await db.EnsureExternalReferenceIsFreeAsync(offer.CompanyId, command.ExternalReference, offer.Id, cancellationToken);
        offer.Revise(command.ToTerms(), command.ExternalReference);
        offer.NameWorkplace(await db.FindWorkplaceAsync(command.PNumber, cancellationToken));
        if (command.Status is { } status) offer.ChangeStatus(status);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(offer, cancellationToken);
    }
}
