namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>
/// The unique indexes that back the API's duplicate rules. Handlers check first and answer with the
/// existing id; the index catches two requests that raced past that check.
/// </summary>
public static class UniqueIndexes
{
    public const string CompanyCvr = "ux_companies_cvr";
    public const string PartnershipNotEndedPerCompany = "ux_partnerships_company_not_ended";
    public const string ApiKeyPrefix = "ux_api_keys_prefix";
    public const string InternshipExternalReference = "ux_internship_offers_company_external_reference";
    public const string CandidateCaseReference = "ux_candidates_case_reference";
    public const string LiveReferralPerCandidateAndOffer = "ux_referrals_internship_candidate_live";
    public const string WorkplacePNumber = "ux_workplaces_p_number";

    public static string Explain(string? indexName) => indexName switch
    {
        CompanyCvr => "A company with this CVR number is already registered.",
        PartnershipNotEndedPerCompany => "The company already has a partnership that is not ended.",
        InternshipExternalReference => "The company already has an internship with this external reference.",
        CandidateCaseReference => "A candidate with this case reference is already registered.",
        LiveReferralPerCandidateAndOffer => "The candidate is already referred to this internship offer.",
        WorkplacePNumber => "A workplace with this P-number is already registered.",
        _ => "The change collides with data that already exists.",
    };
}
