namespace PartnerCrm.Web.Resources;

/// <summary>The download of a statistics table as a file (<c>/statistik/fil</c>).</summary>
public sealed class StatisticsFileTexts;
