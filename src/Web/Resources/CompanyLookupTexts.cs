namespace PartnerCrm.Web.Resources;

/// <summary>Filling in a new company from the CVR register.</summary>
public sealed class CompanyLookupTexts;
