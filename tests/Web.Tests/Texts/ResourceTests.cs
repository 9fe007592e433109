using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation;
using FluentValidation.Internal;
using PartnerCrm.Application.Common;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Tests.Texts;

/// <summary>
/// Every text the web app can show exists in Danish and in English: each resource in both languages with the
/// same placeholders, every enum value a page names, every validator's error code and every business rule's code.
/// </summary>
public partial class ResourceTests
{
    private static readonly string Checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);
    private static readonly string ResourcesFolder = Path.Combine(Checkout, "src", "Web", "Resources");

    public static TheoryData<string> ResourceFiles() =>
        [.. Directory.GetFiles(ResourcesFolder, "*.resx").Where(f => !f.EndsWith(".en.resx")).Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Each_text_is_in_Danish_and_English_with_the_same_placeholders(string name)
    {
        var danish = Read(Path.Combine(ResourcesFolder, $"{name}.resx"));
        var english = Read(Path.Combine(ResourcesFolder, $"{name}.en.resx"));

        Assert.Equal(danish.Keys.Order(), english.Keys.Order());
        foreach (var (key, text) in danish)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{name}: '{key}' has no Danish text");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"{name}: '{key}' has no English text");
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), $"{name}: '{key}' has other placeholders in English");
        }
    }

    [Fact]
    public void Every_enum_value_a_page_shows_has_a_name_in_both_languages()
    {
        var enums = typeof(PartnerCrm.Domain.Companies.Cvr).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic)
            .Concat([typeof(Application.Worklist.GetWorklist.WorklistItemKind), typeof(Application.Recommendations.RecommendationKind), typeof(Application.Statistics.Files.FileFormat)])
            .ToList();
        var missing = Missing(nameof(EnumTexts), enums.SelectMany(type => Enum.GetNames(type).Select(value => $"{type.Name}.{value}")));
        Assert.True(missing.Count == 0, $"Enum values without a name: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_validation_error_code_has_a_text_in_both_languages()
    {
        var codes = new HashSet<string>();
        foreach (var type in typeof(PartnerCrm.Application.ApplicationAssembly).Assembly.GetTypes().Where(IsValidator))
        {
            var validator = (IValidator)Activator.CreateInstance(type)!;
            foreach (var rule in validator.CreateDescriptor().Rules)
            foreach (var component in rule.Components)
            {
                var code = component.ErrorCode ?? component.Validator.Name;
                if (code is "ChildValidatorAdaptor") continue;
                if (component.Validator.GetType().IsGenericType && component.Validator.GetType().GetGenericTypeDefinition() == typeof(TextValidator<>))
                    codes.UnionWith(TextValidatorKinds.All.Select(kind => $"{code}.{kind}"));
                else
                    codes.Add(code);
            }
        }
        Assert.Contains("Cvr", codes);
        Assert.Contains("NotEmptyValidator", codes);
        var missing = Missing(nameof(ValidationTexts), codes);
        Assert.True(missing.Count == 0, $"Validation error codes without a text: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_business_rule_code_has_a_text_in_both_languages()
    {
        var codes = Directory.GetFiles(Path.Combine(Checkout, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => RuleCode().Matches(File.ReadAllText(file)).Select(m => m.Groups["code"].Value))
            .ToHashSet();
        Assert.Contains("durationExceeded", codes);
        var missing = Missing(nameof(RuleTexts), codes);
        Assert.True(missing.Count == 0, $"Rule codes without a text: {string.Join(", ", missing)}");
    }

    private static bool IsValidator(Type type) =>
        type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private static List<string> Missing(string resource, IEnumerable<string> keys)
    {
        var danish = Read(Path.Combine(ResourcesFolder, $"{resource}.resx"));
        var english = Read(Path.Combine(ResourcesFolder, $"{resource}.en.resx"));
        return keys.Where(key => !danish.ContainsKey(key) || !english.ContainsKey(key)).Distinct().Order().ToList();
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("DomainRuleException\\(\\s*\"(?<code>[a-zA-Z]+)\"")]
    private static partial Regex RuleCode();
}
