using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Internships;
using Riok.Mapperly.Abstractions;

namespace PartnerCrm.Application.Internships;

[Mapper]
[UseStaticMapper(typeof(CompanyMapper))]
public static partial class InternshipMapper
{
    [MapperIgnoreSource(nameof(InternshipOffer.WorkplaceId))]
    public static partial InternshipDto ToDto(this InternshipOffer offer);
}
