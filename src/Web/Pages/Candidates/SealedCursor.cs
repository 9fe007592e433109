using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PartnerCrm.Web.Pages.Candidates;

/// <summary>
/// The candidate list's cursor holds the display name of the last row served. In the address of the next
/// page it is sealed, so no name can be read from a link, the browser's history or a proxy's log.
/// </summary>
public static class SealedCursor
{
    private const string Purpose = "PartnerCrm.Web.Candidates.ListCursor";

    public static string? Seal(this IDataProtectionProvider protection, string? cursor) =>
        cursor is null ? null : protection.CreateProtector(Purpose).Protect(cursor);

    /// <summary>The cursor inside; a text that was not sealed here is passed on as it is, and the list refuses it.</summary>
    public static string? Open(this IDataProtectionProvider protection, string? sealedCursor)
    {
        if (sealedCursor is null) return null;
        try
        {
            return protection.CreateProtector(Purpose).Unprotect(sealedCursor);
        }
        catch (CryptographicException)
        {
            return sealedCursor;
        }
    }
}
