using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.ApiKeys.RevokeApiKey;

/// <summary>Revokes a key: the next request that presents it is refused. Revoking again changes nothing.</summary>
public sealed record RevokeApiKeyCommand(Guid CompanyId, Guid KeyId) : ICommand;

public sealed class RevokeApiKeyCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == command.KeyId && k.CompanyId == command.CompanyId, cancellationToken)
            ?? throw new NotFoundException("API key", command.KeyId);
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
