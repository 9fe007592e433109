namespace PartnerCrm.Web.Resources;

public sealed class CompanyImportTexts;
