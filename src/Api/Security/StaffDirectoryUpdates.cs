using PartnerCrm.Application.Common;
using PartnerCrm.Application.Staff;

namespace PartnerCrm.Api.Security;

/// <summary>
/// After authentication, a staff member's request notes them in the staff directory: their name and the
/// address of the token's <c>email</c> claim, which the daily digest writes to. The directory writes at most
/// once a day per staff member, so this costs nothing on most requests. A directory that cannot be written to
/// does not fail the request: the staff member's next request tries again.
/// </summary>
public sealed class StaffDirectoryUpdates(RequestDelegate next, ILogger<StaffDirectoryUpdates> logger)
{
    public const string EmailClaim = "email";

    public async Task InvokeAsync(HttpContext context, IStaffDirectory directory)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && Roles.All.Any(user.IsInRole) && user.FindFirst("sub")?.Value is { } id)
        {
            try
            {
                await directory.NoteSeenAsync(
                    new StaffSighting(id, user.FindFirst("name")?.Value ?? id, user.FindFirst(EmailClaim)?.Value), context.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The staff directory could not be updated; the staff member's next request tries again");
            }
        }
        await next(context);
    }
}

public static class StaffDirectoryUpdatesExtensions
{
    public static IApplicationBuilder UseStaffDirectoryUpdates(this IApplicationBuilder app) => app.UseMiddleware<StaffDirectoryUpdates>();
}
