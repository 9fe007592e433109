using System.Text.Json;

namespace PartnerCrm.Application.Common;

/// <summary>
/// How enum values are written everywhere (JSON, query strings, database columns): camelCase
/// (<c>WageSubsidy</c> → <c>wageSubsidy</c>), except names made only of capitals and digits, which are
/// codes and stay as they are (<c>DU1</c>).
/// </summary>
public sealed class EnumNaming : JsonNamingPolicy
{
    public static readonly EnumNaming Policy = new();

    public override string ConvertName(string name) =>
        name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && name.Length > 1
            ? name
            : CamelCase.ConvertName(name);

    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => Policy.ConvertName(value.ToString());
}
