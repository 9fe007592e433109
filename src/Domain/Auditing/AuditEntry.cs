namespace PartnerCrm.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when, in which request.
/// Writes are recorded in the same transaction as the write; reads of candidate data and exports are
/// recorded when they happen. It names records by id only, never by what they contain.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 200;

    private AuditEntry(string action, string entity, Guid? entityId, string? detail)
    {
        Action = action;
        Entity = entity;
        EntityId = entityId;
        Detail = detail;
        Actor = "";
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The staff member's user id, or the API key's id.</summary>
    public string Actor { get; private set; }

    public string Action { get; private set; }
    public string Entity { get; private set; }
    public Guid? EntityId { get; private set; }
    public string? TraceId { get; private set; }

    /// <summary>
    /// The reason a person gave, where an action asks for one (a rescheduled follow-up), or <see cref="AuditDetails.Erased"/>
    /// on a change that erasing a candidate made to another record; otherwise null.
    /// </summary>
    public string? Detail { get; private set; }

    public static AuditEntry Of(string action, string entity, Guid? entityId, string? detail = null) => new(action, entity, entityId, detail);
}

/// <summary>The actions the audit trail names.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string StatusChange = "statusChange";
    public const string Read = "read";
    public const string Export = "export";
    public const string Erase = "erase";
    public const string End = "end";
    public const string Complete = "complete";
    public const string Revoke = "revoke";
    public const string Reschedule = "reschedule";
    public const string Extend = "extend";
}

/// <summary>The fixed details of the audit trail; the only other detail is a reason a person gave.</summary>
public static class AuditDetails
{
    /// <summary>The change was made by erasing the candidate the record is about.</summary>
    public const string Erased = "erased";
}

/// <summary>
/// A change as the domain method that made it names it, for the audit trail: where the changed values alone
/// cannot tell what happened (an extension and a correction both move a planned end; a rescheduling may repeat
/// the last reason; erasure clears other records).
/// </summary>
public sealed record AuditedChange(string Action, string? Detail = null);
