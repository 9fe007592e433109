using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Endpoints;

public sealed record DevTokenRequest(string Name, string Role);

public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public static class AuthEndpoints
{
    /// <summary>Mapped only in Development: elsewhere the route does not exist (404).</summary>
    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/dev-token", Issue)
            .AllowAnonymous()
            .DisableRateLimiting()
            .WithTags("Authentication")
            .WithSummary("Get a staff token for development")
            .WithDescription("Only in the Development environment. role is consultant, analyst or admin. The token is valid for 8 hours.")
            .ProducesValidationProblem();
        return app;
    }

    private static readonly DevTokenRequestValidator Validator = new();

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(DevTokenRequest request, DevTokenIssuer issuer)
    {
        var result = Validator.Validate(request);
        if (!result.IsValid)
            return TypedResults.ValidationProblem(
                result.Errors.GroupBy(failure => JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName))
                    .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray()),
                title: "The request is not valid");

        var role = Roles.All.Single(known => string.Equals(known, request.Role, StringComparison.OrdinalIgnoreCase));
        var (accessToken, expiresAt) = issuer.Issue(request.Name.Trim(), role);
        return TypedResults.Ok(new DevTokenResponse(accessToken, expiresAt));
    }
}

/// <summary>A name of 1 to 200 characters and one of the staff roles; the OpenAPI document shows both.</summary>
public sealed class DevTokenRequestValidator : AbstractValidator<DevTokenRequest>
{
    public DevTokenRequestValidator()
    {
        const string name = "Give a name of 1 to 200 characters.";
        var role = $"The role is one of {string.Join(", ", Roles.All)}.";
        RuleFor(r => r.Name).NotEmpty().WithMessage(name).Text(200).WithMessage(name);
        RuleFor(r => r.Role).NotEmpty().WithMessage(role).OneOf(Roles.All).WithMessage(role);
    }
}
