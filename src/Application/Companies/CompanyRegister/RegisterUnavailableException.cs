namespace PartnerCrm.Application.Companies.CompanyRegister;

/// <summary>
/// The register did not answer (it failed, refused the credentials, or took too long). Nothing is wrong with the
/// request: the consultant can try again shortly, or fill in the company by hand.
/// </summary>
public sealed class RegisterUnavailableException(string reason, Exception? cause = null)
    : Exception($"The company register cannot be asked just now: {reason}", cause);
