using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships.ChangeInternshipStatus;

/// <summary>The status an internship offer moves to.</summary>
public record InternshipStatusInput(InternshipStatus? Status);

/// <summary>draft → open | cancelled; open → filled | closed | cancelled. The same status again changes nothing.</summary>
/// <param name="OnlyOfCompany">The employer's company: an offer of any other company is not found.</param>
public sealed record ChangeInternshipStatusCommand(Guid Id, InternshipStatusInput Change, Guid? OnlyOfCompany, uint? ExpectedVersion)
    : InternshipStatusInput(Change), ICommand<InternshipDto>;

public sealed class ChangeInternshipStatusCommandValidator : AbstractValidator<ChangeInternshipStatusCommand>
{
    public ChangeInternshipStatusCommandValidator() => RuleFor(c => c.Status).NotNull().IsInEnum();
}

public sealed class ChangeInternshipStatusCommandHandler(IAppDbContext db) : ICommandHandler<ChangeInternshipStatusCommand, InternshipDto>
{
    public async ValueTask<InternshipDto> Handle(ChangeInternshipStatusCommand command, CancellationToken cancellationToken)
    {
        var offer = await db.FindOfferAsync(command.Id, command.OnlyOfCompany, cancellationToken);
        offer.ExpectVersion(command.ExpectedVersion);
        offer.ChangeStatus(command.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await db.AnswerAsync(offer, cancellationToken);
    }
}
