using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.LogActivity;

/// <summary>An activity as a consultant records it, with what they will do next and when.</summary>
public record ActivityInput(ActivityKind? Kind, DateTimeOffset OccurredAt, string Summary, DateOnly? NextActionOn, string? NextAction = null);

public sealed record LogActivityCommand(Guid CompanyId, ActivityInput Activity)
    : ActivityInput(Activity), ICommand<ActivityDto>;

public sealed class LogActivityCommandValidator : AbstractValidator<LogActivityCommand>
{
    public LogActivityCommandValidator()
    {
        RuleFor(a => a.Kind).NotNull().IsInEnum();
        RuleFor(a => a.OccurredAt).NotEmpty().InDateRange();
        RuleFor(a => a.NextActionOn).InDateRange();
        RuleFor(a => a.NextAction).Text(Activity.MaxNextActionLength);
        RuleFor(a => a.NextActionOn).NotNull().When(a => !string.IsNullOrWhiteSpace(a.NextAction))
            .WithMessage("A next action needs the day it is due.").WithErrorCode("NextActionWithoutDate");
        RuleFor(a => a.Summary).NotEmpty().MultiLineText(4000);
    }
}

public sealed class LogActivityCommandHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<LogActivityCommand, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(LogActivityCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(command.CompanyId, cancellationToken);
        var activity = Activity.Record(
            command.CompanyId, command.Kind!.Value, command.OccurredAt, command.Summary, command.NextAction, command.NextActionOn, user.Staff);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity.ToDto();
    }
}
