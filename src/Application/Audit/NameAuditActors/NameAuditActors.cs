using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Staff;

namespace PartnerCrm.Application.Audit.NameAuditActors;

/// <summary>What an actor of the audit trail is: a staff member by name, or a company's API key by its name and prefix.</summary>
public sealed record AuditActorName(string Actor, string? StaffName, AuditActorKey? Key);

/// <summary>The API key an actor id names, and its company.</summary>
public sealed record AuditActorKey(Guid Id, Guid CompanyId, string Name, string Prefix);

/// <summary>
/// Names the actors of a page of the audit trail, which carries only ids: a staff member's user id by the name the
/// staff directory knows, an API key's id by the key's name and prefix. An actor that is neither (<c>system</c>, a
/// staff member not seen since the directory began) is left out.
/// </summary>
public sealed record NameAuditActorsQuery(IReadOnlyCollection<string> Actors) : IQuery<IReadOnlyDictionary<string, AuditActorName>>;

public sealed class NameAuditActorsQueryValidator : AbstractValidator<NameAuditActorsQuery>
{
    public NameAuditActorsQueryValidator()
    {
        RuleFor(q => q.Actors).NotNull().Must(actors => actors.Count <= Paging.MaxLimit);
        RuleForEach(q => q.Actors).NotNull().Text(200);
    }
}

public sealed class NameAuditActorsQueryHandler(IAppDbContext db, IStaffNames staff)
    : IQueryHandler<NameAuditActorsQuery, IReadOnlyDictionary<string, AuditActorName>>
{
    public async ValueTask<IReadOnlyDictionary<string, AuditActorName>> Handle(NameAuditActorsQuery query, CancellationToken cancellationToken)
    {
        var actors = query.Actors.Distinct().ToList();
        var names = await staff.NamesOfAsync(actors, cancellationToken);
        var keyIds = actors.Select(a => Guid.TryParse(a, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var keys = keyIds.Count == 0
            ? []
            : await db.ApiKeys.AsNoTracking()
                .Where(k => keyIds.Contains(k.Id))
                .Select(k => new AuditActorKey(k.Id, k.CompanyId, k.Name, k.Prefix))
                .ToListAsync(cancellationToken);
        var named = new Dictionary<string, AuditActorName>();
        foreach (var actor in actors)
        {
            var key = keys.FirstOrDefault(k => k.Id.ToString() == actor);
            var name = names.GetValueOrDefault(actor);
            if (key is not null || name is not null) named[actor] = new AuditActorName(actor, name, key);
        }
        return named;
    }
}
