using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace PartnerCrm.Api.Security;

public static class AuthenticationSetup
{
    public static IServiceCollection AddPartnerCrmAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthenticationSettings.Section).Get<AuthenticationSettings>() ?? new AuthenticationSettings();
        settings.EnsureConfigured();
        services.AddSingleton(settings);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = settings.UsesAuthority ? null : settings.Issuer,
                    ValidateAudience = true,
                    ValidAudience = settings.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                };
                if (settings.UsesAuthority)
                    options.Authority = settings.Authority;
                else
                    options.TokenValidationParameters.IssuerSigningKey = settings.SecurityKey();
            });

        services.AddAuthorizationBuilder().AddPartnerCrmPolicies();
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.ICurrentUser, CurrentUser>();
        return services;
    }
}
