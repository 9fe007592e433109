namespace PartnerCrm.Application.Staff;

/// <summary>
/// A staff member as their latest token named them: the token's <c>sub</c>, <c>name</c> and, when it carries
/// one, <c>email</c>.
/// </summary>
public sealed record StaffSighting
{
    public const int MaxEmailLength = 254;

    public StaffSighting(string id, string name, string? email)
    {
        Id = id;
        Name = name;
        Email = StaffEmail.IsAddress(email) ? email!.Trim() : null;
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>Null when the token had no usable address; the directory then keeps the last one it knew.</summary>
    public string? Email { get; }
}

public static class StaffEmail
{
    /// <summary>A plain address (<c>anna.jensen@gentofte.dk</c>), no display name, at most 254 characters.</summary>
    public static bool IsAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        return trimmed.Length <= StaffSighting.MaxEmailLength
            && !trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            && System.Net.Mail.MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed;
    }
}

/// <summary>
/// The staff members PartnerCrm has seen, with the e-mail address their identity provider gave them: whom the
/// daily digest can reach. Kept current by the staff's own requests.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>
    /// Notes that the staff member made a request today, with their name and address. Writes at most once a
    /// day per staff member; a sighting without an address keeps the known one.
    /// </summary>
    Task NoteSeenAsync(StaffSighting sighting, CancellationToken cancellationToken);
}
