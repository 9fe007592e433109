using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using PartnerCrm.Application;

namespace PartnerCrm.Api.OpenApi;

/// <summary>One validator's rule on a property: a FluentValidation rule component and how it applies.</summary>
/// <param name="Validator">The property validator (length, one of, between, …).</param>
/// <param name="OnItems">The rule checks each item of a list (<c>RuleForEach</c>), not the list.</param>
/// <param name="Always">The rule has no condition, so it holds for every request (a rule on a nested member may be guarded by its parent's presence).</param>
public sealed record PropertyRule(IPropertyValidator Validator, bool OnItems, bool Always);

/// <summary>
/// The rules of every FluentValidation validator in PartnerCrm, found by the property they check. A rule
/// on <c>Address.Street</c> of a company command is found as a rule on <c>AddressInput.Street</c>, and a
/// rule on <c>Cvr</c> of <c>RegisterCompanyCommand</c> as a rule on <c>CompanyInput.Cvr</c>, the property
/// the command inherits: so a body's schema (an input record) shows the rules of the commands built from it.
/// </summary>
public sealed class ValidatorCatalogue
{
    private readonly Dictionary<PropertyKey, List<(Type Validated, PropertyRule Rule)>> _rules = [];
    private readonly Dictionary<Type, HashSet<Type>> _carriers = [];

    public ValidatorCatalogue(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var scanned = AssemblyScanner.FindValidatorsInAssemblies([typeof(ApplicationAssembly).Assembly, typeof(ValidatorCatalogue).Assembly]);
        foreach (var found in scanned)
        {
            var validated = found.InterfaceType.GetGenericArguments()[0];
            var validator = (IEnumerable<IValidationRule>)ActivatorUtilities.CreateInstance(scope.ServiceProvider, found.ValidatorType);
            foreach (var rule in validator) Add(validated, rule);
        }
    }

    /// <summary>Every rule any validator has on <paramref name="property"/>.</summary>
    public IReadOnlyList<PropertyRule> RulesOf(PropertyInfo property) =>
        _rules.TryGetValue(PropertyKey.Of(property), out var rules) ? rules.Select(r => r.Rule).ToList() : [];

    /// <summary>
    /// True when every validator of a message that carries <paramref name="property"/> demands a value
    /// for it without condition (<c>NotNull</c> or <c>NotEmpty</c>).
    /// </summary>
    public bool IsRequired(PropertyInfo property)
    {
        if (!_carriers.TryGetValue(property.DeclaringType!, out var carriers) || carriers.Count == 0) return false;
        var rules = _rules.GetValueOrDefault(PropertyKey.Of(property)) ?? [];
        return carriers.All(validated => rules.Any(r =>
            r.Validated == validated && r.Rule is { Always: true, OnItems: false, Validator: INotNullValidator or INotEmptyValidator }));
    }

    /// <summary>The most rules any validator has on one property: a field's validation errors list at most this many messages.</summary>
    public int MostRulesOnOneProperty => _rules.Values
        .SelectMany(rules => rules.GroupBy(r => r.Validated, r => r.Rule))
        .Select(group => group.Count())
        .DefaultIfEmpty(1)
        .Max();

    private void Add(Type validated, IValidationRule rule)
    {
        if (rule.PropertyName is not { Length: > 0 } path) return;
        var segments = path.Split('.');
        var owner = validated;
        CarriedBy(owner, validated);
        PropertyInfo? property = null;
        foreach (var segment in segments)
        {
            if (property is not null)
            {
                owner = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                CarriedBy(owner, validated);
            }
            property = owner.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return;
        }

        var onItems = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
        var nested = segments.Length > 1;
        var key = PropertyKey.Of(property!);
        if (!_rules.TryGetValue(key, out var rules)) _rules[key] = rules = [];
        foreach (var component in rule.Components)
        {
            var always = !component.HasCondition && !component.HasAsyncCondition
                && (nested || (!rule.HasCondition && !rule.HasAsyncCondition));
            rules.Add((validated, new PropertyRule(component.Validator, onItems, always)));
        }
    }

    /// <summary>A message of type <paramref name="validated"/> carries the properties of <paramref name="type"/> and of its base types.</summary>
    private void CarriedBy(Type type, Type validated)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (!_carriers.TryGetValue(t, out var carriers)) _carriers[t] = carriers = [];
            carriers.Add(validated);
        }
    }

    /// <summary>A property by where it is declared, so a command's inherited property is its input's.</summary>
    private readonly record struct PropertyKey(Type DeclaringType, string Name)
    {
        public static PropertyKey Of(PropertyInfo property) => new(property.DeclaringType!, property.Name);
    }
}
