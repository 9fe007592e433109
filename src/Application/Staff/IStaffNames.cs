namespace PartnerCrm.Application.Staff;

/// <summary>The names the staff directory knows for staff members' user ids.</summary>
public interface IStaffNames
{
    /// <summary>Each known id's name, as the staff member's latest token named them; an unknown id is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesOfAsync(IReadOnlyCollection<string> staffIds, CancellationToken cancellationToken);
}
