using System.Reflection;
using FluentValidation;
using PartnerCrm.Application;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Tests;

/// <summary>
/// Nothing a client sends may go unchecked: every text of every command and query has a greatest length
/// and refuses control characters (or is one of a few words), and every date lies within the date range.
/// </summary>
public class InputRulesTests
{
    private static IEnumerable<(Type Message, IValidator Validator)> Validators() =>
        typeof(ApplicationAssembly).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => (t.BaseType!.GetGenericArguments()[0], (IValidator)Activator.CreateInstance(t)!));

    /// <summary>Every property a client writes: the message's own and those of the records it holds (e.g. address.street).</summary>
    private static IEnumerable<(string Path, Type Type)> Fields(Type type, string prefix = "", int depth = 0)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            // A command carries its input both as its own fields and as the record it was made from; the fields are checked.
            if (propertyType.IsAssignableFrom(type)) continue;
            var path = prefix + property.Name;
            if (propertyType.Namespace?.StartsWith("PartnerCrm.Application", StringComparison.Ordinal) == true && propertyType.IsClass && depth < 2)
                foreach (var nested in Fields(propertyType, path + ".", depth + 1)) yield return nested;
            else
                yield return (path, propertyType);
        }
    }

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var (message, _) in Validators()) data.Add(message.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_text_has_a_greatest_length_and_every_date_a_range(string messageName)
    {
        var (message, validator) = Validators().Single(v => v.Message.Name == messageName);
        var descriptor = validator.CreateDescriptor();
        foreach (var (path, type) in Fields(message).Where(f => f.Type == typeof(string) || f.Type == typeof(DateOnly) || f.Type == typeof(DateTimeOffset)))
        {
            var rules = descriptor.GetValidatorsForMember(path).Concat(descriptor.GetValidatorsForMember(char.ToLowerInvariant(path[0]) + path[1..]))
                .Select(r => r.Validator.GetType().Name).ToList();
            var guarded = type == typeof(string)
                ? rules.Any(name => name.StartsWith("TextValidator", StringComparison.Ordinal) || name.StartsWith("OneOfValidator", StringComparison.Ordinal))
                : rules.Any(name => name.StartsWith("DateRangeValidator", StringComparison.Ordinal));
            Assert.True(guarded, $"{message.Name}.{path} ({type.Name}) has no {(type == typeof(string) ? "text" : "date range")} rule; it has: {string.Join(", ", rules)}");
        }
    }

    [Theory]
    [InlineData("Bageri", true)]
    [InlineData("Bag\u0000eri", false)]
    [InlineData("Bag\teri", false)]
    [InlineData("Bag\u001beri", false)]
    [InlineData("Bag{lone surrogate}eri", false)]
    [InlineData("Bag😀eri", true)]
    public void One_line_text_refuses_control_characters_and_broken_unicode(string text, bool valid)
    {
        var validator = new InlineValidator<Holder>();
        validator.RuleFor(h => h.Text).Text(20);
        Assert.Equal(valid, validator.Validate(new Holder(text.Replace("{lone surrogate}", "\ud800"))).IsValid);
    }

    [Fact]
    public void Multi_line_text_keeps_tabs_and_line_breaks_and_any_text_keeps_to_its_length()
    {
        var validator = new InlineValidator<Holder>();
        validator.RuleFor(h => h.Text).MultiLineText(20);
        Assert.True(validator.Validate(new Holder("En\r\nTo\tTre")).IsValid);
        Assert.False(validator.Validate(new Holder("En\u0000")).IsValid);
        Assert.True(validator.Validate(new Holder(new string('x', 20))).IsValid);
        Assert.False(validator.Validate(new Holder(new string('x', 21))).IsValid);
    }

    private sealed record Holder(string? Text);
}
