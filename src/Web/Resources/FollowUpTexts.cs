namespace PartnerCrm.Web.Resources;

/// <summary>Follow-ups (opfølgninger): the list and its filters.</summary>
public sealed class FollowUpTexts;
