namespace PartnerCrm.Web.Resources;

public sealed class StatisticsPageTexts;
