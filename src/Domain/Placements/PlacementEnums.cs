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
