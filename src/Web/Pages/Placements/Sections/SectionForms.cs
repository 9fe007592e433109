using PartnerCrm.Application.Placements;
using PartnerCrm.Web.Shared;

namespace PartnerCrm.Web.Pages.Placements.Sections;

/// <summary>What a follow-up found, as the form holds it. The follow-up and its version ride along hidden.</summary>
public sealed class CompleteForm
{
    public Guid FollowUpId { get; set; }
    public uint Version { get; set; }
    public string? Outcome { get; set; }
    public string? HoursPerWeek { get; set; }
    public string? EmployerSatisfaction { get; set; }
    public string? CandidateSatisfaction { get; set; }
    public string? Notes { get; set; }

    public static CompleteForm For(FollowUpDto followUp) => new() { FollowUpId = followUp.Id, Version = followUp.Version };
}

/// <summary>Another day for a follow-up, and why.</summary>
public sealed class RescheduleForm
{
    public Guid FollowUpId { get; set; }
    public uint Version { get; set; }
    public string? DueDate { get; set; }
    public string? Reason { get; set; }

    public static RescheduleForm For(FollowUpDto followUp) => new() { FollowUpId = followUp.Id, Version = followUp.Version };
}

public sealed class ExtendForm
{
    public uint Version { get; set; }
    public string? PlannedEndDate { get; set; }
}

public sealed class EndForm
{
    public uint Version { get; set; }
    public string? EndDate { get; set; }
    public string? EndReason { get; set; }
}

/// <summary>The placement as recorded; the dates only count while it has not started.</summary>
public sealed class CorrectForm
{
    public uint Version { get; set; }
    public string? JobTitle { get; set; }
    public string? HoursPerWeek { get; set; }
    public string? StartDate { get; set; }
    public string? PlannedEndDate { get; set; }

    public static CorrectForm Of(PlacementDto placement) => new()
    {
        Version = placement.Version,
        JobTitle = placement.JobTitle,
        HoursPerWeek = FormInput.ForInput(placement.HoursPerWeek),
        StartDate = Show.ForInput(placement.StartDate),
        PlannedEndDate = Show.ForInput(placement.PlannedEndDate),
    };
}
