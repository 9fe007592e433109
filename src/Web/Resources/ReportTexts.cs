namespace PartnerCrm.Web.Resources;

/// <summary>The committee report's words and the report page's (resource file <c>ReportTexts</c>).</summary>
public sealed class ReportTexts;
