namespace PartnerCrm.Application.Audit;

public sealed record AuditEntryDto(long Id, DateTimeOffset At, string Actor, string Action, string Entity, Guid? EntityId, string? TraceId, string? Detail);
