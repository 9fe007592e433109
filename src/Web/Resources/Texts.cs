using System.Resources;
using Microsoft.Extensions.Localization;

[assembly: NeutralResourcesLanguage("da")]

namespace PartnerCrm.Web.Resources;

// Each class names a resource file of the same name (Danish, the neutral language) and its English .en.resx.

/// <summary>The layout, shared components, status pages and sign-in.</summary>
public sealed class CommonTexts;

/// <summary>The name of every enum value a page shows, keyed <c>Type.Value</c>.</summary>
public sealed class EnumTexts;

/// <summary>Validation failures, keyed by the validator's error code.</summary>
public sealed class ValidationTexts;

/// <summary>Business rules' refusals, keyed by the rule's code (the API's <c>code</c>).</summary>
public sealed class RuleTexts;

public static class EnumTextsExtensions
{
    /// <summary>The value's name in the page's language.</summary>
    public static string Name(this IStringLocalizer<EnumTexts> texts, Enum value) => texts[$"{value.GetType().Name}.{value}"];
}

/// <summary>The worklist (<c>/</c>).</summary>
public sealed class WorklistTexts;

/// <summary>Companies: the list, registering and editing, and the company card.</summary>
public sealed class CompanyTexts;
