namespace PartnerCrm.Web.Pages.Internships;

/// <summary>The note a consultant sends with a referral, as typed.</summary>
public sealed class ReferNoteForm
{
    public string? Note { get; set; }
}

/// <summary>
/// A move of one referral: the status of the button pressed, the reason chosen (needed to decline), and the
/// version the consultant saw.
/// </summary>
public sealed class ReferralMoveForm
{
    public string? Status { get; set; }
    public string? DeclineReason { get; set; }
    public uint? Version { get; set; }
}
