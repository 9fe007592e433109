using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.MarkNextActionDone;

/// <summary>The author of an activity (or an administrator) marks its next action done; again answers 409.</summary>
public sealed record MarkNextActionDoneCommand(Guid CompanyId, Guid ActivityId) : ICommand<ActivityDto>;

public sealed class MarkNextActionDoneCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MarkNextActionDoneCommand, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(MarkNextActionDoneCommand command, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == command.ActivityId && a.CompanyId == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("activity", command.ActivityId);
        activity.MarkNextActionDone(user.Staff, user.IsAdministrator, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return activity.ToDto();
    }
}
