using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerCrm.Application.Companies.CompanyRegister;

namespace PartnerCrm.Infrastructure.CompanyRegister;

public static class CompanyRegisterSetup
{
    /// <summary>
    /// The company register lookups answer from: the CVR register itself when <c>CompanyRegister:Cvr:*</c> holds
    /// credentials (<see cref="CvrRegisterSettings"/>), else the last imported extract. The settings are checked when
    /// the API starts (<see cref="DependencyInjection.EnsureInfrastructureSettings"/>).
    /// </summary>
    public static IServiceCollection AddCompanyRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => CvrRegisterSettings.Read(configuration));
        services.AddHttpClient<CvrSystemToSystemRegister>((provider, http) =>
            CvrSystemToSystemRegister.Configure(http, provider.GetRequiredService<CvrRegisterSettings>()));
        services.AddScoped<ExtractCompanyRegister>();
        services.AddScoped<ICompanyRegister>(provider => provider.GetRequiredService<CvrRegisterSettings>().IsOn
            ? provider.GetRequiredService<CvrSystemToSystemRegister>()
            : provider.GetRequiredService<ExtractCompanyRegister>());
        return services;
    }
}
