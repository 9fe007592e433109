using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnerCrm.Application.Recommendations;

namespace PartnerCrm.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<ApplicationAssembly>(ServiceLifetime.Scoped);
        services.AddSingleton<IRecommendationRule, ExpandRule>();
        services.AddSingleton<IRecommendationRule, FormalizeRule>();
        services.AddSingleton<IRecommendationRule, ReactivateRule>();
        services.AddSingleton<IRecommendationRule, UnderusedRule>();
        services.AddSingleton<IRecommendationRule, RecruitIndustryRule>();
        services.AddSingleton<IRecommendationRule, ReviewRule>();
        return services;
    }
}

/// <summary>Marks this assembly for scanning (validators, Mediator handlers).</summary>
public sealed class ApplicationAssembly;
