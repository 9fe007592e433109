namespace PartnerCrm.Web.Resources;

/// <summary>The texts of the administrators' pages: API keys and the audit trail.</summary>
public sealed class AdminTexts;
