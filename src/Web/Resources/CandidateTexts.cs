namespace PartnerCrm.Web.Resources;

/// <summary>Candidates: the list, registering, editing and erasing, and the candidate's page.</summary>
public sealed class CandidateTexts;
