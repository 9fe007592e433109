namespace PartnerCrm.Web.Shared.ApiKeys;

/// <summary>A new key's name as typed: usually the system that will use it.</summary>
public sealed class ApiKeyNameForm
{
    public string? Name { get; set; }
}
