using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Internships;
using Riok.Mapperly.Abstractions;

namespace PartnerCrm.Application.Internships;

[Mapper]
[UseStaticMapper(typeof(CompanyMapper))]
public static partial class InternshipMapper
{
    /// <summary>The offer as the API answers it, with the P-number of the workplace it names (null when none).</summary>
    [MapperIgnoreSource(nameof(InternshipOffer.WorkplaceId))]
    public static partial InternshipDto ToDto(this InternshipOffer offer, string? pNumber);
}
