using FluentValidation;
using FluentValidation.Validators;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Application.Common;

/// <summary>
/// What every text and date a client sends must be: text of a known greatest length with no control
/// characters (tab and line breaks only where several lines make sense) and no broken Unicode; dates
/// within <see cref="DateRange"/>. Every string a message carries has one of these rules, so nothing a
/// client sends can break a query, a page or a file for others.
/// </summary>
public static class InputRules
{
    /// <summary>One line of text, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.SetValidator(new TextValidator<T>(maxLength, multiLine: false));

    /// <summary>Text that may hold several lines (tabs and line breaks), at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.SetValidator(new TextValidator<T>(maxLength, multiLine: true));

    /// <summary>One of a few words (an enum's names, a format), in any case.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> words) =>
        rule.SetValidator(new OneOfValidator<T>([.. words]));

    public static IRuleBuilderOptions<T, DateOnly?> InDateRange<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.SetValidator(new DateRangeValidator<T, DateOnly?>());

    public static IRuleBuilderOptions<T, DateOnly> InDateRange<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.SetValidator(new DateRangeValidator<T, DateOnly>());

    public static IRuleBuilderOptions<T, DateTimeOffset> InDateRange<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.SetValidator(new DateRangeValidator<T, DateTimeOffset>());
}

/// <summary>A date or a timestamp within <see cref="DateRange"/>.</summary>
public sealed class DateRangeValidator<T, TDate> : PropertyValidator<T, TDate>
{
    public override string Name => "DateRangeValidator";

    public override bool IsValid(ValidationContext<T> context, TDate value) => value switch
    {
        DateOnly date => DateRange.Contains(date),
        DateTimeOffset time => DateRange.Contains(time),
        _ => true,
    };

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        $"A date is between {DateRange.Earliest:yyyy-MM-dd} and {DateRange.Latest:yyyy-MM-dd}.";
}

/// <summary>A word from a fixed list. The OpenAPI document shows the list as the value's <c>enum</c>.</summary>
public sealed class OneOfValidator<T>(IReadOnlyList<string> words) : PropertyValidator<T, string?>
{
    public override string Name => "OneOfValidator";

    public IReadOnlyList<string> Words { get; } = words;

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || Words.Contains(value, StringComparer.OrdinalIgnoreCase);

    protected override string GetDefaultMessageTemplate(string errorCode) => $"Use one of {string.Join(", ", Words)}.";
}

/// <summary>Which check of a <see cref="TextValidator{T}"/> failed, for a door that words it in its own language.</summary>
public static class TextValidatorKinds
{
    public const string Placeholder = "Kind";
    public const string TooLong = nameof(TooLong);
    public const string ControlCharacters = nameof(ControlCharacters);
    public const string BrokenUnicode = nameof(BrokenUnicode);
    public static readonly IReadOnlyList<string> All = [TooLong, ControlCharacters, BrokenUnicode];
}

/// <summary>
/// Length and characters of a text. It is a length validator, so the OpenAPI document shows its
/// greatest length as <c>maxLength</c>.
/// </summary>
public sealed class TextValidator<T>(int maxLength, bool multiLine) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "TextValidator";

    public int Min => 0;

    public int Max { get; } = maxLength;

    public bool MultiLine { get; } = multiLine;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null) return true;
        context.MessageFormatter.AppendArgument("MaxLength", Max);
        if (value.Length > Max)
        {
            context.MessageFormatter.AppendArgument(TextValidatorKinds.Placeholder, TextValidatorKinds.TooLong);
            context.MessageFormatter.AppendArgument("Problem", $"Use at most {Max} characters.");
            return false;
        }
        if (value.Any(c => char.IsControl(c) && !(MultiLine && c is '\t' or '\n' or '\r')))
        {
            context.MessageFormatter.AppendArgument(TextValidatorKinds.Placeholder, TextValidatorKinds.ControlCharacters);
            context.MessageFormatter.AppendArgument("Problem", MultiLine
                ? "Control characters (such as NUL) are not allowed; tabs and line breaks are."
                : "Control characters (such as NUL, tabs or line breaks) are not allowed here.");
            return false;
        }
        if (!IsWellFormed(value))
        {
            context.MessageFormatter.AppendArgument(TextValidatorKinds.Placeholder, TextValidatorKinds.BrokenUnicode);
            context.MessageFormatter.AppendArgument("Problem", "The text holds broken Unicode (a lone surrogate).");
            return false;
        }
        return true;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "{Problem}";

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return false;
        }
        return true;
    }
}
