using PartnerCrm.Web.Forms;
using PartnerCrm.Application.Companies.GetCompany;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Internships.GetInternship;

namespace PartnerCrm.Web.Pages.Candidates.Sections;

/// <summary>The offers and companies a section names beside its rows, each asked for once per page.</summary>
public sealed class OffersAndCompanies(Sending queries)
{
    private readonly Dictionary<Guid, string> _companies = [];
    private readonly Dictionary<Guid, InternshipDto> _offers = [];

    public async Task<string> CompanyNameAsync(Guid id)
    {
        if (!_companies.TryGetValue(id, out var name)) _companies[id] = name = (await queries.ReadAsync(new GetCompanyQuery(id))).Name;
        return name;
    }

    public async Task<InternshipDto> OfferAsync(Guid id)
    {
        if (!_offers.TryGetValue(id, out var offer)) _offers[id] = offer = await queries.ReadAsync(new GetInternshipQuery(id, null));
        return offer;
    }
}
