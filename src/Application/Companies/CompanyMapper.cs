using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using Riok.Mapperly.Abstractions;

namespace PartnerCrm.Application.Companies;

[Mapper]
public static partial class CompanyMapper
{
    public static partial CompanyDto ToDto(this Company company, bool hasActivePartnership);

    public static partial ContactDto ToDto(this Contact contact);

    [MapperIgnoreSource(nameof(Activity.UpdatedAt))]
    [MapperIgnoreSource(nameof(Activity.Version))]
    [MapperIgnoreSource(nameof(Activity.HasOpenNextAction))]
    [MapProperty(nameof(Activity.RecordedBy), nameof(ActivityDto.Author))]
    [MapProperty(nameof(Activity.RecordedBy), nameof(ActivityDto.RecordedBy))]
    public static partial ActivityDto ToDto(this Activity activity);

    public static partial StaffMemberDto ToDto(this StaffMember staffMember);

    private static string ToText(Cvr cvr) => cvr.Value;

    private static string ToText(PostalCode postalCode) => postalCode.Value;

    private static string ToText(IndustryCode industryCode) => industryCode.Value;

    private static string ToText(Uri uri) => uri.ToString();
}
