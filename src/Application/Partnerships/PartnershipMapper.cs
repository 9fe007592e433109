using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Partnerships;
using Riok.Mapperly.Abstractions;

namespace PartnerCrm.Application.Partnerships;

[Mapper]
[UseStaticMapper(typeof(CompanyMapper))]
public static partial class PartnershipMapper
{
    [MapperIgnoreSource(nameof(Partnership.IsEnded))]
    [MapperIgnoreSource(nameof(Partnership.IsActive))]
    public static partial PartnershipDto ToDto(this Partnership partnership);
}
