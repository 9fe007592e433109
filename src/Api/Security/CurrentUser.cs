using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Api.Security;

/// <summary>The staff member named by the validated bearer token (<c>sub</c> and <c>name</c> claims).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public StaffMember Staff
    {
        get
        {
            var user = accessor.HttpContext?.User
                ?? throw new InvalidOperationException("There is no request, so there is no current user.");
            var id = user.FindFirst("sub")?.Value
                ?? throw new InvalidOperationException("The token has no 'sub' claim.");
            return new StaffMember(id, user.FindFirst("name")?.Value ?? id);
        }
    }

    public bool IsAdministrator => accessor.HttpContext?.User.IsInRole(Roles.Admin) == true;
}
