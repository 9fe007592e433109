namespace PartnerCrm.Application.Recommendations;

/// <summary>
/// The thresholds of the rules (configuration section <c>Recommendations</c>). Shares are 0–1.
/// </summary>
public sealed record RecommendationSettings
{
    public const string Section = "Recommendations";

    /// <summary>Follow-ups needed before a retention share counts as evidence.</summary>
    public int MinFollowedUp { get; init; } = 5;

    public double ExpandMinRetention { get; init; } = 0.7;
    public double ExpandMinConversion { get; init; } = 0.5;
    public int FormalizeMinPlacements { get; init; } = 3;
    public int ReactivateAfterDays { get; init; } = 90;
    public double UnderusedMaxUse { get; init; } = 0.5;
    public double RecruitMinRetention { get; init; } = 0.7;
    public int RecruitMaxPartners { get; init; } = 2;
    public double ReviewMaxRetention { get; init; } = 0.4;
    public double ReviewMinEarlyEndings { get; init; } = 0.4;
    public int ReviewMinEndedPlacements { get; init; } = 5;
}
