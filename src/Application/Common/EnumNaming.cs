namespace PartnerCrm.Application.Common;

/// <summary>
/// How enum values are written everywhere (JSON, query strings, database columns): camelCase
/// (<c>WageSubsidy</c> → <c>wageSubsidy</c>), except names made only of capitals and digits, which are
/// codes and stay as they are (<c>DU1</c>), and the follow-up milestones, which are written as the
/// jobcenter says them (<c>ThreeMonths</c> → <c>3m</c>, <c>EndPlusThreeMonths</c> → <c>end+3m</c>).
/// </summary>
public static class EnumNaming
{
    private static readonly Dictionary<string, string> Milestones = new()
    {
        ["OneMonth"] = "1m",
        ["ThreeMonths"] = "3m",
        ["SixMonths"] = "6m",
        ["TwelveMonths"] = "12m",
        ["TwentyFourMonths"] = "24m",
        ["EndPlusThreeMonths"] = "end+3m",
    };

    /// <summary>The written name of the enum member called <paramref name="name"/> in C#.</summary>
    public static string ConvertName(string name) =>
        Milestones.TryGetValue(name, out var milestone) ? milestone
        : name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && name.Length > 1 ? name
        : CamelCase(name);

    /// <summary><c>WageSubsidy</c> → <c>wageSubsidy</c>: the first letter in lower case.</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>The value a written name stands for (any case), or null when it stands for none.</summary>
    public static TEnum? ValueOf<TEnum>(string text) where TEnum : struct, Enum =>
        Names<TEnum>.ByName.TryGetValue(text, out var value) ? value : null;

    /// <summary>Every enum's names, worked out once: the database converters read them for every row.</summary>
    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToDictionary(value => value, value => ConvertName(value.ToString()));

        public static readonly Dictionary<string, TEnum> ByName =
            ByValue.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);
    }
}
