namespace PartnerCrm.Web.Resources;

/// <summary>Internship offers: the company card's section, posting and editing an offer, its page with matches and referrals.</summary>
public sealed class InternshipTexts;
