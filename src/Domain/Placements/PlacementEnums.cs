namespace PartnerCrm.Domain.Placements;

/// <summary>The scheme a person is placed under.</summary>
public enum PlacementType
{
    /// <summary>Virksomhedspraktik (LAB § 61, INL § 23 b).</summary>
    Internship,

    /// <summary>Løntilskud.</summary>
    WageSubsidy,

    /// <summary>Integrationsgrunduddannelse.</summary>
    Igu,

    /// <summary>Ordinær ansættelse.</summary>
    OrdinaryEmployment,

    /// <summary>Voksenlærling / erhvervsuddannelse.</summary>
    Apprenticeship,
}

/// <summary>Which schemes are paid work (løn), and so count as a job when an internship converts.</summary>
public static class PlacementTypes
{
    public static readonly IReadOnlyList<PlacementType> PaidWork =
        [PlacementType.WageSubsidy, PlacementType.Igu, PlacementType.OrdinaryEmployment, PlacementType.Apprenticeship];

    public static bool IsPaidWork(this PlacementType type) => PaidWork.Contains(type);
}

public enum PlacementStatus
{
    Planned,
    Active,
    Ended,
}

public enum EndReason
{
    Completed,
    HiredByCompany,
    HiredElsewhere,
    StartedEducation,
    CandidateLeft,
    EmployerEnded,
    Other,
}

public static class EndReasons
{
    /// <summary>A placement ended early when the employer ended it or the person left; the other reasons are a planned or good end.</summary>
    public static readonly IReadOnlyList<EndReason> Early = [EndReason.EmployerEnded, EndReason.CandidateLeft];
}

/// <summary>When a retention follow-up is due: months after the start, or at and after the planned end.</summary>
public enum Milestone
{
    OneMonth,
    ThreeMonths,
    SixMonths,
    TwelveMonths,
    TwentyFourMonths,
    End,
    EndPlusThreeMonths,
}

public enum FollowUpStatus
{
    Pending,
    Completed,
    Cancelled,
}

public enum Outcome
{
    EmployedSameCompany,
    EmployedOtherCompany,
    InEducation,
    Unemployed,
    Unknown,
}
