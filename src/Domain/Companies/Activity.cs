using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

public enum ActivityKind
{
    Call,
    Meeting,
    Email,
    Visit,
    Note,
}

/// <summary>Something a consultant did with a company; a next-action date puts it on the to-do list.</summary>
public sealed class Activity : Entity
{
    private Activity(Guid companyId, ActivityKind kind, DateTimeOffset occurredAt, string summary, DateOnly? nextActionOn, StaffMember recordedBy)
    {
        CompanyId = companyId;
        Kind = kind;
        OccurredAt = occurredAt;
        Summary = summary;
        NextActionOn = nextActionOn;
        RecordedBy = recordedBy;
    }

    // For EF Core: an owned type cannot be bound through the constructor.
    private Activity()
    {
        Summary = string.Empty;
        RecordedBy = null!;
    }

    public Guid CompanyId { get; private set; }
    public ActivityKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Summary { get; private set; }
    public DateOnly? NextActionOn { get; private set; }
    public StaffMember RecordedBy { get; private set; }

    public static Activity Record(Guid companyId, ActivityKind kind, DateTimeOffset occurredAt, string summary, DateOnly? nextActionOn, StaffMember recordedBy)
    {
        if (string.IsNullOrWhiteSpace(summary))
            throw new DomainRuleException("summaryRequired", "An activity needs a summary.");
        // Kept to the microsecond, as precisely as the database stores it.
        var utc = occurredAt.ToUniversalTime();
        var toTheMicrosecond = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
        return new Activity(companyId, kind, toTheMicrosecond, summary.Trim(), nextActionOn, recordedBy);
    }
}
