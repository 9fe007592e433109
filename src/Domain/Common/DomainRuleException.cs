namespace PartnerCrm.Domain.Common;

/// <summary>A business rule refused the change. <see cref="Code"/> is stable and part of the API contract.</summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
