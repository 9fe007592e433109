using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships.PostInternship;

/// <summary>Posts an internship offer for a company: by its employer through the employer API, or by a consultant.</summary>
public sealed record PostInternshipCommand(InternshipOfferInput Offer, Guid CompanyId)
    : InternshipOfferInput(Offer), ICommand<InternshipDto>;

public sealed class PostInternshipCommandValidator : AbstractValidator<PostInternshipCommand>
{
    public PostInternshipCommandValidator()
    {
        this.ValidateInternshipOffer();
        RuleFor(o => o.Status)
            .Must(status => status is null or InternshipStatus.Draft or InternshipStatus.Open)
            .WithMessage("A new internship is draft or open.").WithErrorCode("NewInternshipStatus");
    }
}

public sealed class PostInternshipCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<PostInternshipCommand, InternshipDto>
{
    public async ValueTask<InternshipDto> Handle(PostInternshipCommand command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("company", command.CompanyId);
        company.EnsureTradingOn(clock.Today());
        await db.EnsureExternalReferenceIsFreeAsync(command.CompanyId, command.ExternalReference, null, cancellationToken);
        var offer = InternshipOffer.Post(
            command.CompanyId, command.ToTerms(), asDraft: command.Status == InternshipStatus.Draft, command.ExternalReference);
        offer.NameWorkplace(await db.FindWorkplaceAsync(command.PNumber, cancellationToken));
        db.InternshipOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(offer, cancellationToken);
    }
}
