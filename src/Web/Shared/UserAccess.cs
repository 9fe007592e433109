using System.Security.Claims;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Web.Shared;

public static class UserAccess
{
    /// <summary>Whether the signed-in user's role meets <paramref name="policy"/> (one of <see cref="Access"/>'s), to show only what they may do.</summary>
    public static bool May(this ClaimsPrincipal user, string policy) => Access.Allows(policy, user.FindAll("role").Select(c => c.Value));
}
