using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerCrm.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<ApplicationAssembly>(ServiceLifetime.Scoped);
        return services;
    }
}

/// <summary>Marks this assembly for scanning (validators, Mediator handlers).</summary>
public sealed class ApplicationAssembly;
