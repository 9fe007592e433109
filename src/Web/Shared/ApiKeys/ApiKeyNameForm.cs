namespace PartnerCrm.Web.Shared.ApiKeys;

/// <summary>A new key's name as typed: usually the system that will use it; and, where no company is given, its CVR number.</summary>
public sealed class ApiKeyNameForm
{
    public string? Name { get; set; }

    public string? Cvr { get; set; }
}
