namespace PartnerCrm.Application.Reports;

/// <summary>The report's words in Danish (the default) and English.</summary>
public sealed record ReportTexts(
    string Language,
    string Title,
    string Period,
    string Generated,
    string Headlines,
    string ActivePartnerships,
    string OpenInternshipSlots,
    string ActivePlacements,
    string OverdueFollowUps,
    string PlacementsThisYear,
    string SixMonthRetention,
    string MedianDays,
    string FollowUpCompliance,
    string SlotUse,
    string PlacementsPerQuarter,
    string RetentionByType,
    string TopIndustries,
    string Tables,
    string PlacementsByType,
    string Conversion,
    string Recommendations,
    string NoRecommendations,
    string Hidden,
    string HiddenNote,
    string Total,
    string Score,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, string> Values)
{
    public static ReportTexts For(string language) => language == "en" ? English : Danish;

    public string Column(string name) => Columns.TryGetValue(name, out var text) ? text : name;

    public string Value(string? value) => value is not null && Values.TryGetValue(value, out var text) ? text : value ?? "";

    private static readonly ReportTexts Danish = new(
        "da", "Rapport til opgaveudvalget: virksomhedspartnerskaber og beskæftigelse", "Periode", "Dannet",
        "Nøgletal", "Aktive partnerskaber", "Ledige praktikpladser", "Igangværende forløb", "Forsinkede opfølgninger",
        "Forløb i år", "Fastholdelse efter 6 måneder", "Mediandage fra ankomst til første forløb", "Opfølgning til tiden",
        "Udnyttelse af aftalte pladser", "Forløb pr. kvartal og ordning", "Fastholdelse efter 6 måneder pr. ordning",
        "Brancher med flest forløb", "Tabeller", "Forløb pr. ordning", "Praktik til job inden for 90 dage", "Anbefalinger",
        "Ingen anbefalinger lige nu.", "skjult", "Tal under {0} vises ikke (\"<{0}\"), og heller ikke tal, som de kunne regnes ud fra.",
        "I alt", "Point",
        new Dictionary<string, string>
        {
            ["type"] = "Ordning", ["quarter"] = "Kvartal", ["industry"] = "Branche", ["industryName"] = "Branchenavn", ["placements"] = "Forløb",
            ["candidates"] = "Personer", ["due"] = "Forfaldne", ["followedUp"] = "Fulgt op", ["employedSameCompany"] = "Samme virksomhed",
            ["employed"] = "I job", ["inEducation"] = "I uddannelse", ["retentionRate"] = "Fastholdelse", ["employmentRate"] = "Beskæftigelse",
            ["selfSufficiencyRate"] = "Selvforsørgelse", ["internships"] = "Praktikker", ["convertedWithin90Days"] = "Job inden for 90 dage",
            ["conversionRate"] = "Andel",
        },
        new Dictionary<string, string>
        {
            ["internship"] = "Virksomhedspraktik", ["wageSubsidy"] = "Løntilskud", ["igu"] = "IGU", ["ordinaryEmployment"] = "Ordinær ansættelse",
            ["apprenticeship"] = "Voksenlærling", ["expand"] = "Udvid", ["formalize"] = "Formaliser", ["reactivate"] = "Genoptag kontakt",
            ["underused"] = "Underudnyttet", ["recruitIndustry"] = "Rekrutter i branchen", ["review"] = "Gennemgå",
        });

    private static readonly ReportTexts English = new(
        "en", "Report to the task committee: company partnerships and employment", "Period", "Generated",
        "Headline figures", "Active partnerships", "Open internship places", "Active placements", "Overdue follow-ups",
        "Placements this year", "Retention after 6 months", "Median days from arrival to first placement", "Follow-ups on time",
        "Use of committed places", "Placements per quarter and scheme", "Retention after 6 months by scheme",
        "Industries with most placements", "Tables", "Placements by scheme", "Internships followed by work within 90 days", "Recommendations",
        "No recommendations at present.", "hidden", "Counts below {0} are not shown (\"<{0}\"), nor counts they could be worked out from.",
        "Total", "Score",
        new Dictionary<string, string>
        {
            ["type"] = "Scheme", ["quarter"] = "Quarter", ["industry"] = "Industry", ["industryName"] = "Industry name", ["placements"] = "Placements",
            ["candidates"] = "People", ["due"] = "Due", ["followedUp"] = "Followed up", ["employedSameCompany"] = "Same company",
            ["employed"] = "Employed", ["inEducation"] = "In education", ["retentionRate"] = "Retention", ["employmentRate"] = "Employment",
            ["selfSufficiencyRate"] = "Self-sufficiency", ["internships"] = "Internships", ["convertedWithin90Days"] = "Work within 90 days",
            ["conversionRate"] = "Share",
        },
        new Dictionary<string, string>
        {
            ["internship"] = "Internship", ["wageSubsidy"] = "Wage subsidy", ["igu"] = "IGU", ["ordinaryEmployment"] = "Ordinary employment",
            ["apprenticeship"] = "Apprenticeship", ["expand"] = "Expand", ["formalize"] = "Formalize", ["reactivate"] = "Reactivate",
            ["underused"] = "Underused", ["recruitIndustry"] = "Recruit in industry", ["review"] = "Review",
        });
}
