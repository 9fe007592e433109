using PartnerCrm.Domain.Common;

namespace PartnerCrm.Application.Common;

/// <summary>Who is calling: the staff member named by the bearer token.</summary>
public interface ICurrentUser
{
    StaffMember Staff { get; }

    /// <summary>An administrator may act on what belongs to another staff member.</summary>
    bool IsAdministrator { get; }
}
