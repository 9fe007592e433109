namespace PartnerCrm.Web.Resources;

/// <summary>The company card's sections: contact persons, activities, partnership and placements.</summary>
public sealed class CompanyCardTexts;
