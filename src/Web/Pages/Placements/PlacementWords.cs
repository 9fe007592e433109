using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Web.Forms;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Pages.Placements;

/// <summary>
/// How the placement pages word the schemes' legal limits (from <see cref="SchemeRules"/>), the follow-ups'
/// milestones and the rules' refusals that belong to one field of a form.
/// </summary>
public static class PlacementWords
{
    /// <summary>Every scheme's legal limit in one sentence; the wage subsidy's for the company's sector when it is known.</summary>
    public static string Limits(IStringLocalizer<PlacementTexts> t, IStringLocalizer<EnumTexts> enums, Sector? sector)
    {
        var wageSubsidy = sector is { } known
            ? t["Limits.WageSubsidyHere", WageSubsidyMonths(known), SectorWord(enums, known)]
            : t["Limits.WageSubsidy", SchemeRules.PrivateWageSubsidyMonths, SchemeRules.PublicWageSubsidyMonths];
        return t["Limits", string.Join(" ",
            t["Limits.Internship", SchemeRules.InternshipWeeks, SchemeRules.ExtendedInternshipWeeks],
            wageSubsidy,
            t["Limits.Igu", SchemeRules.IguMonths, SchemeRules.IguMinimumHoursPerWeek],
            t["Limits.Open"])];
    }

    /// <summary>Why a planned end is too late for <paramref name="type"/>; null for a scheme without a longest duration.</summary>
    public static string? TooLong(IStringLocalizer<PlacementTexts> t, IStringLocalizer<EnumTexts> enums, PlacementType? type, Sector sector, bool extended) =>
        type switch
        {
            PlacementType.Internship when extended => t["Refused.InternshipExtended", SchemeRules.ExtendedInternshipWeeks].Value,
            PlacementType.Internship => t["Refused.Internship", SchemeRules.InternshipWeeks, SchemeRules.ExtendedInternshipWeeks].Value,
            PlacementType.WageSubsidy => t["Refused.WageSubsidy", SectorWord(enums, sector), WageSubsidyMonths(sector)].Value,
            PlacementType.Igu => t["Refused.Igu", SchemeRules.IguMonths].Value,
            _ => null,
        };

    /// <summary>How far a placement of <paramref name="type"/> may be extended.</summary>
    public static string ExtensionHint(IStringLocalizer<PlacementTexts> t, IStringLocalizer<EnumTexts> enums, PlacementType type, Sector sector) =>
        type switch
        {
            PlacementType.Internship => t["Extend.Hint.Internship", SchemeRules.ExtendedInternshipWeeks, SchemeRules.InternshipWeeks],
            PlacementType.WageSubsidy => t["Extend.Hint.WageSubsidy", SectorWord(enums, sector), WageSubsidyMonths(sector)],
            PlacementType.Igu => t["Extend.Hint.Igu", SchemeRules.IguMonths],
            _ => t["Extend.Hint.Open"],
        };

    /// <summary>"Opfølgning efter 3 måneder", or "Opfølgning ved afslutning" for the milestones counted from the end.</summary>
    public static string FollowUpName(IStringLocalizer<PlacementTexts> t, IStringLocalizer<EnumTexts> enums, Milestone milestone) =>
        milestone is Milestone.End or Milestone.EndPlusThreeMonths
            ? t["FollowUp.AtEnd", enums.Name(milestone).ToLower(CultureInfo.CurrentCulture)]
            : t["FollowUp.After", enums.Name(milestone)];

    /// <summary>
    /// Puts a rule's refusal on the field it concerns (<paramref name="fieldOfRule"/>: rule code → field), in
    /// the page's language; a planned end that is too long in <paramref name="tooLong"/>'s words when given.
    /// Other refusals are left to <see cref="Sending"/>, which shows them above the form.
    /// </summary>
    public static Func<Exception, bool> OnFields(
        FormState form, IStringLocalizer<RuleTexts> rules, IReadOnlyDictionary<string, string> fieldOfRule, string? tooLong = null) =>
        refusal =>
        {
            if (refusal is not DomainRuleException rule || !fieldOfRule.TryGetValue(rule.Code, out var field)) return false;
            var text = rule.Code == "durationExceeded" && tooLong is not null ? tooLong
                : rules[rule.Code] is { ResourceNotFound: false } known ? known.Value
                : rules["unknown"].Value;
            form.AddFieldError(field, text);
            return true;
        };

    private static int WageSubsidyMonths(Sector sector) =>
        sector == Sector.Public ? SchemeRules.PublicWageSubsidyMonths : SchemeRules.PrivateWageSubsidyMonths;

    private static string SectorWord(IStringLocalizer<EnumTexts> enums, Sector sector) => enums.Name(sector).ToLower(CultureInfo.CurrentCulture);
}
