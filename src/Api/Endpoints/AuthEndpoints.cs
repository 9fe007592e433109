using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;

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

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(DevTokenRequest request, DevTokenIssuer issuer)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AuthenticationSetup.IsName(request.Name))
            errors["name"] = ["Give a name of 1 to 200 printable characters."];
        if (!Roles.All.Contains(request.Role))
            errors["role"] = [$"The role is one of {string.Join(", ", Roles.All)}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The request is not valid");

        var (accessToken, expiresAt) = issuer.Issue(request.Name.Trim(), request.Role);
        return TypedResults.Ok(new DevTokenResponse(accessToken, expiresAt));
    }
}
