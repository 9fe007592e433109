using System.Globalization;
using System.Reflection;
using System.Text.Json;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.ApiKeys.IssueApiKey;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Candidates.MatchCandidates;
using PartnerCrm.Application.Candidates.MatchOffers;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Companies.LogActivity;
using PartnerCrm.Application.Companies.LookUpCompany;
using PartnerCrm.Application.FollowUps.CompleteFollowUp;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Partnerships;
using PartnerCrm.Application.Partnerships.ChangePartnershipStatus;
using PartnerCrm.Application.Partnerships.ProposePartnership;
using PartnerCrm.Application.Placements;
using PartnerCrm.Application.Placements.MakePlacement;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Domain.Placements;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

/// <summary>
/// Turns validator rules into JSON Schema keywords: a length rule is <c>maxLength</c> (and <c>minLength</c>),
/// a text rule also the <c>pattern</c> of the characters it allows, one of a few words is <c>enum</c>, a range or
/// a comparison with a constant is <c>minimum</c>/<c>maximum</c>, a regular expression is <c>pattern</c>, an
/// e-mail rule is <c>format: email</c>, and <c>NotEmpty</c> is <c>minLength</c>/<c>minItems</c> 1. When several
/// validators check one property (a body used by two commands), the document shows what all of them accept.
/// </summary>
public static class RuleLimits
{
    /// <summary>Single-line text refuses control characters (<see cref="char.IsControl(char)"/>: U+0000–U+001F, U+007F–U+009F).</summary>
    public const string OneLinePattern = @"^[^\u0000-\u001F\u007F-\u009F]*$";

    /// <summary>Multi-line text allows tab, line feed and carriage return, and no other control character.</summary>
    public const string MultiLinePattern = @"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";

    /// <summary>Every keyword the rules give: for the body and query parameters a client sends.</summary>
    public static void ApplyToRequest(OpenApiSchema schema, IEnumerable<PropertyRule> rules)
    {
        foreach (var rule in rules)
        {
            var target = rule.OnItems ? schema.Items as OpenApiSchema : schema;
            if (target is null) continue;
            ApplySize(target, rule.Validator);
            switch (rule.Validator)
            {
                case IRegularExpressionValidator regex:
                    target.Pattern = regex.Expression;
                    break;
                case IEmailValidator:
                    target.Format ??= "email";
                    break;
                case INotEmptyValidator when IsArray(target):
                    target.MinItems = Math.Max(target.MinItems ?? 0, 1);
                    break;
                case INotEmptyValidator when IsString(target) && target.Format is null:
                    target.MinLength = Math.Max(target.MinLength ?? 0, 1);
                    break;
                case var validator when IsGeneric(validator, typeof(OneOfValidator<>)):
                    target.Enum ??= [.. ((IEnumerable<string>)Read(validator, nameof(OneOfValidator<object>.Words))).Select(w => (System.Text.Json.Nodes.JsonNode)w)];
                    break;
                case var validator when IsGeneric(validator, typeof(TextValidator<>)):
                    // An explicit regular expression of the same rule says more; keep it.
                    target.Pattern ??= (bool)Read(validator, nameof(TextValidator<object>.MultiLine)) ? MultiLinePattern : OneLinePattern;
                    break;
            }
        }
    }

    /// <summary>
    /// Only the sizes (greatest length, range): for an answer's field that holds what an input field
    /// accepted. What the input refused at the door (characters, words) is not promised of stored data.
    /// </summary>
    public static void ApplyToResponse(OpenApiSchema schema, IEnumerable<PropertyRule> rules)
    {
        foreach (var rule in rules.Where(r => !r.OnItems)) ApplySize(schema, rule.Validator);
    }

    private static void ApplySize(OpenApiSchema target, IPropertyValidator validator)
    {
        switch (validator)
        {
            case ILengthValidator length when IsString(target):
                if (length.Max > 0) target.MaxLength = Math.Min(target.MaxLength ?? int.MaxValue, length.Max);
                if (length.Min > 0) target.MinLength = Math.Max(target.MinLength ?? 0, length.Min);
                break;
            case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                if (between is IInclusiveBetweenValidator)
                {
                    Minimum(target, from, exclusive: false);
                    Maximum(target, to, exclusive: false);
                }
                else
                {
                    Minimum(target, from, exclusive: true);
                    Maximum(target, to, exclusive: true);
                }
                break;
            case IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan: Minimum(target, value, exclusive: true); break;
                    case Comparison.GreaterThanOrEqual: Minimum(target, value, exclusive: false); break;
                    case Comparison.LessThan: Maximum(target, value, exclusive: true); break;
                    case Comparison.LessThanOrEqual: Maximum(target, value, exclusive: false); break;
                }
                break;
        }
    }

    private static void Minimum(OpenApiSchema schema, decimal value, bool exclusive)
    {
        if (Number(schema.Minimum ?? schema.ExclusiveMinimum) is { } known && known >= value) return;
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (exclusive) schema.ExclusiveMinimum = text;
        else schema.Minimum = text;
        // Only one of the two bounds; clearing one that was never set would write "exclusiveMinimum: false".
        if (exclusive && schema.Minimum is not null) schema.Minimum = null;
        if (!exclusive && schema.ExclusiveMinimum is not null) schema.ExclusiveMinimum = null;
    }

    private static void Maximum(OpenApiSchema schema, decimal value, bool exclusive)
    {
        if (Number(schema.Maximum ?? schema.ExclusiveMaximum) is { } known && known <= value) return;
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (exclusive) schema.ExclusiveMaximum = text;
        else schema.Maximum = text;
        if (exclusive && schema.Maximum is not null) schema.Maximum = null;
        if (!exclusive && schema.ExclusiveMaximum is not null) schema.ExclusiveMaximum = null;
    }

    /// <summary>A constant number of a rule (a comparison with another member or a date has none).</summary>
    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    public static bool IsString(OpenApiSchema schema) => schema.Type?.HasFlag(JsonSchemaType.String) == true;

    public static bool IsArray(OpenApiSchema schema) => schema.Type?.HasFlag(JsonSchemaType.Array) == true;

    private static bool IsGeneric(IPropertyValidator validator, Type definition) =>
        validator.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == definition;

    private static object Read(IPropertyValidator validator, string property) =>
        validator.GetType().GetProperty(property)!.GetValue(validator)!;
}

/// <summary>
/// The limits of every object schema: from the validators for what a client sends, from the input that
/// writes a field for what the API answers, and the greatest number of items of each list.
/// </summary>
public sealed class ValidationLimitsSchemaFilter(ValidatorCatalogue validators) : ISchemaFilter
{
    /// <summary>
    /// Answers whose text and numbers were written through an input: each field holds what that input's
    /// validators accepted, and the database column has the same greatest length.
    /// </summary>
    private static readonly Dictionary<Type, Type> WrittenBy = new()
    {
        [typeof(CompanyDto)] = typeof(CompanyInput),
        [typeof(AddressDto)] = typeof(AddressInput),
        [typeof(ContactDto)] = typeof(ContactInput),
        [typeof(WorkplaceDto)] = typeof(WorkplaceInput),
        [typeof(ActivityDto)] = typeof(ActivityInput),
        [typeof(StaffMemberDto)] = typeof(StaffMemberInput),
        [typeof(CandidateDto)] = typeof(CandidateInput),
        [typeof(CandidateMatchDto)] = typeof(CandidateInput),
        [typeof(ApiKeyDto)] = typeof(ApiKeyInput),
        [typeof(IssuedApiKeyDto)] = typeof(ApiKeyInput),
        [typeof(InternshipDto)] = typeof(InternshipOfferInput),
        [typeof(PartnershipDto)] = typeof(ProposePartnershipCommand),
        [typeof(PlacementDto)] = typeof(MakePlacementCommand),
        [typeof(FollowUpDto)] = typeof(FollowUpResultInput),
    };

    /// <summary>Answer fields whose input field has another name.</summary>
    private static readonly Dictionary<(Type, string), PropertyInfo> WrittenByRenamed = new()
    {
        [(typeof(PartnershipDto), nameof(PartnershipDto.StatusReason))] =
            typeof(PartnershipStatusInput).GetProperty(nameof(PartnershipStatusInput.Reason))!,
    };

    /// <summary>Lists with a known greatest length other than a page or a set of enum values.</summary>
    private static readonly Dictionary<(Type, string), int> ListLengths = new()
    {
        // One follow-up per milestone: the database's unique index on (placement_id, milestone).
        [(typeof(PlacementDto), nameof(PlacementDto.FollowUps))] = Enum.GetValues<Milestone>().Length,
        [(typeof(CandidateMatchesDto), nameof(CandidateMatchesDto.Items))] = Paging.MaxLimit,
        [(typeof(Application.Companies.Imports.CompanyImportDto), nameof(Application.Companies.Imports.CompanyImportDto.InvalidRows))] = Domain.Companies.Imports.CompanyImport.KeptInvalidRows,
        [(typeof(Application.Companies.Imports.CompanyImportDto), nameof(Application.Companies.Imports.CompanyImportDto.IgnoredColumns))] = Domain.Companies.Imports.CompanyImport.KeptIgnoredColumns,
        [(typeof(OfferMatchesDto), nameof(OfferMatchesDto.Items))] = Paging.MaxLimit,
        // Figures are grouped by up to two dimensions (Dimensions.AreValid).
        [(typeof(StatisticsJson), nameof(StatisticsJson.GroupBy))] = 2,
        [(typeof(CompanyLookupDto), nameof(CompanyLookupDto.Workplaces))] = CompanyLookupDto.MaxWorkplaces,
        [(typeof(RecommendationItem), nameof(RecommendationItem.CompaniesToApproach))] = RecruitIndustryRule.CompaniesToApproach,
    };

    /// <summary>Lists of words from a fixed list.</summary>
    private static readonly Dictionary<(Type, string), IReadOnlyList<string>> ListWords = new()
    {
        [(typeof(StatisticsJson), nameof(StatisticsJson.GroupBy))] = Dimensions.All,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } objectSchema) return;
        var writtenBy = WrittenBy.GetValueOrDefault(context.Type);

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var found) || found is not OpenApiSchema propertySchema) continue;

            RuleLimits.ApplyToRequest(propertySchema, validators.RulesOf(property));
            if (validators.IsRequired(property))
            {
                objectSchema.Required ??= new HashSet<string>();
                objectSchema.Required.Add(name);
            }

            var input = WrittenByRenamed.GetValueOrDefault((context.Type, property.Name))
                ?? writtenBy?.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance);
            if (input is not null) RuleLimits.ApplyToResponse(propertySchema, validators.RulesOf(input));

            if (RuleLimits.IsArray(propertySchema) && ListLength(context.Type, property) is { } length)
                propertySchema.MaxItems ??= length;
            if (ListWords.TryGetValue((property.DeclaringType!, property.Name), out var words) && propertySchema.Items is OpenApiSchema item)
                item.Enum = [.. words.Select(word => (System.Text.Json.Nodes.JsonNode)word)];
        }

        if (context.Type == typeof(HttpValidationProblemDetails)
            && properties.TryGetValue("errors", out var errors) && errors.AdditionalProperties is OpenApiSchema messages)
            messages.MaxItems ??= validators.MostRulesOnOneProperty;
    }

    private static int? ListLength(Type owner, PropertyInfo property)
    {
        if (ListLengths.TryGetValue((property.DeclaringType!, property.Name), out var known)) return known;
        if (owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(Page<>) && property.Name == nameof(Page<object>.Items))
            return Paging.MaxLimit;
        // A list of enum values is a set: the domain keeps each value once.
        var item = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : null;
        return item is { IsEnum: true } ? Enum.GetValues(item).Length : null;
    }
}
