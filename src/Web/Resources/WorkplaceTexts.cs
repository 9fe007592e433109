namespace PartnerCrm.Web.Resources;

/// <summary>A company's workplaces (P-numbers) and its ceased date, as the company pages show them.</summary>
public sealed class WorkplaceTexts;
