using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

public static class CompanySearch
{
    /// <summary>
    /// Companies whose name contains <paramref name="term"/> in any case, or, when the term is digits,
    /// whose CVR number starts with it. Written as <c>lower(name) LIKE '%term%'</c> so the trigram index
    /// on <c>lower(name)</c> answers it, and <c>cvr LIKE 'digits%'</c> for the CVR index.
    /// </summary>
    public static IQueryable<Company> Matching(this IQueryable<Company> companies, string term)
    {
        term = term.Trim();
        var nameContains = $"%{TextSearch.EscapeLike(term.ToLowerInvariant())}%";
        if (!term.All(char.IsAsciiDigit) || term.Length > 8)
            return companies.Where(c => EF.Functions.Like(c.Name.ToLower(), nameContains, TextSearch.LikeEscape));

        var cvrStartsWith = $"{term}%";
        return companies.Where(c =>
            EF.Functions.Like(c.Name.ToLower(), nameContains, TextSearch.LikeEscape)
            || EF.Functions.Like((string)(object)c.Cvr, cvrStartsWith));
    }
}
