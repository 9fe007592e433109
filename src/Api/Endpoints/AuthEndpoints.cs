using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Staff;

namespace PartnerCrm.Api.Endpoints;

/// <summary>A development token's staff member. Without <c>email</c>, an address is made from the name.</summary>
public sealed record DevTokenRequest(string Name, string Role, string? Email = null);

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
            .WithDescription(
                "Only in the Development environment. role is consultant, analyst or admin. The token is valid for 8 hours. " +
                "Its email claim is email, or else made from the name (Anna Jensen: anna.jensen@example.invalid).")
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
        var (accessToken, expiresAt) = issuer.Issue(request.Name.Trim(), role, request.Email?.Trim());
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
        RuleFor(r => r.Email).Must(email => StaffEmail.IsAddress(email!))
            .When(r => r.Email is not null)
            .WithMessage($"Give an e-mail address such as anna.jensen@example.invalid, at most {StaffSighting.MaxEmailLength} characters.");
    }
}
