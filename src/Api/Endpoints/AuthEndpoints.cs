using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
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

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(DevTokenRequest request, DevTokenIssuer issuer)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AuthenticationSetup.IsName(request.Name))
            errors["name"] = ["Give a name of 1 to 200 printable characters."];
        if (!Roles.All.Contains(request.Role))
            errors["role"] = [$"The role is one of {string.Join(", ", Roles.All)}."];
        if (request.Email is not null && !StaffEmail.IsAddress(request.Email))
            errors["email"] = [$"Give an e-mail address such as anna.jensen@example.invalid, at most {StaffSighting.MaxEmailLength} characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The request is not valid");

        var (accessToken, expiresAt) = issuer.Issue(request.Name.Trim(), request.Role, request.Email?.Trim());
        return TypedResults.Ok(new DevTokenResponse(accessToken, expiresAt));
    }
}
