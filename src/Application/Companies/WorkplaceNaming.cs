using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

/// <summary>
/// Internship offers and placements name their workplace by its P-number, as people know it from the register;
/// the records keep the workplace's id, and their answers show the P-number again.
/// </summary>
public static class WorkplaceNaming
{
    /// <summary>The shape of a P-number, wherever a body carries one (ten digits, not starting with 0).</summary>
    public static IRuleBuilderOptions<T, string?> PNumberShape<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Text(PNumber.Length)
            .Must(candidate => candidate is null || PNumber.IsValid(candidate))
            .WithMessage("A P-number is 10 digits and does not start with 0.").WithErrorCode("PNumber");

    /// <summary>
    /// The workplace with <paramref name="pNumber"/>, or null when none is named. A P-number no workplace has answers
    /// 422 unknownWorkplace: register the workplace with its company first.
    /// </summary>
    public static async Task<Workplace?> FindWorkplaceAsync(this IAppDbContext db, string? pNumber, CancellationToken cancellationToken)
    {
        if (pNumber is null) return null;
        var number = PNumber.Parse(pNumber);
        return await db.Workplaces.FirstOrDefaultAsync(w => w.PNumber == number, cancellationToken)
            ?? throw new DomainRuleException(
                "unknownWorkplace", $"No workplace has P-number {number}; register it with the company's workplaces first.");
    }

    /// <summary>The P-number of the workplace a record names, or null when it names none.</summary>
    public static async Task<string?> PNumberOfAsync(this IAppDbContext db, Guid? workplaceId, CancellationToken cancellationToken) =>
        workplaceId is null
            ? null
            : (await db.PNumbersOfAsync([workplaceId], cancellationToken)).GetValueOrDefault(workplaceId.Value);

    /// <summary>The P-numbers of the workplaces a page of records names, in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> PNumbersOfAsync(
        this IAppDbContext db, IEnumerable<Guid?> workplaceIds, CancellationToken cancellationToken)
    {
        var ids = workplaceIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        var workplaces = await db.Workplaces.AsNoTracking()
            .Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.PNumber })
            .ToListAsync(cancellationToken);
        return workplaces.ToDictionary(w => w.Id, w => w.PNumber.Value);
    }

    public static string? Of(this IReadOnlyDictionary<Guid, string> pNumbers, Guid? workplaceId) =>
        workplaceId is { } id ? pNumbers.GetValueOrDefault(id) : null;
}
