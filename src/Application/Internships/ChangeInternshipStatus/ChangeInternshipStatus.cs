using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships.ChangeInternshipStatus;

/// <summary>draft → open | cancelled; open → filled | closed | cancelled. The same status again changes nothing.</summary>
public sealed record ChangeInternshipStatusCommand(InternshipStatus? Status) : ICommand<InternshipDto>
{
    [JsonIgnore] public Guid Id { get; init; }

    /// <summary>The employer's company: an offer of any other company is not found.</summary>
    [JsonIgnore] public Guid? OnlyOfCompany { get; init; }

    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

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
        return offer.ToDto();
    }
}
