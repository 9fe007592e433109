using System.Text.Json;

namespace PartnerCrm.Application.Common;

/// <summary>
/// How enum values are written everywhere (JSON, query strings, database columns): camelCase
/// (<c>WageSubsidy</c> → <c>wageSubsidy</c>), except names made only of capitals and digits, which are
/// codes and stay as they are (<c>DU1</c>), and the follow-up milestones, which are written as the
/// jobcenter says them (<c>ThreeMonths</c> → <c>3m</c>, <c>EndPlusThreeMonths</c> → <c>end+3m</c>).
/// </summary>
public sealed class EnumNaming : JsonNamingPolicy
{
    public static readonly EnumNaming Policy = new();

    private static readonly Dictionary<string, string> Milestones = new()
    {
        ["OneMonth"] = "1m",
        ["ThreeMonths"] = "3m",
        ["SixMonths"] = "6m",
        ["TwelveMonths"] = "12m",
        ["TwentyFourMonths"] = "24m",
        ["EndPlusThreeMonths"] = "end+3m",
    };

    public override string ConvertName(string name) =>
        Milestones.TryGetValue(name, out var milestone) ? milestone
        : name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && name.Length > 1 ? name
        : CamelCase.ConvertName(name);

    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>The value a written name stands for (any case), or null when it stands for none.</summary>
    public static TEnum? ValueOf<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(value => string.Equals(NameOf(value!.Value), text, StringComparison.OrdinalIgnoreCase));
}
