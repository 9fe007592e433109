using FluentValidation;

namespace PartnerCrm.Application.Common;

/// <summary>
/// Enum values in query strings are the same camelCase words as in JSON bodies (<c>?status=active</c>).
/// </summary>
public static class EnumText
{
    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        text is null ? null
        : EnumNaming.ValueOf<TEnum>(text) ?? throw new FormatException($"'{text}' is not one of {string.Join(", ", Names<TEnum>())}.");

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.OneOf(Names<TEnum>());

    public static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(EnumNaming.ConvertName);
}
