namespace PartnerCrm.Web.Resources;

/// <summary>A company's API keys: the list, issuing a key (shown once) and revoking one.</summary>
public sealed class ApiKeyTexts;
