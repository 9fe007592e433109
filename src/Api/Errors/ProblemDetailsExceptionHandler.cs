using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies.CompanyRegister;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Api.Errors;

/// <summary>
/// The one error path: every exception that reaches the pipeline becomes RFC 9457 problem+json.
/// Bad input is a 4xx that names what is wrong; only a bug is a 500, and it never shows a stack trace.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The web app's pages have their own error page. (The path is the one that failed: the middleware has
        // already pointed the request at that page.)
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!Doors.IsApi(failedPath)) return false;
        var problem = exception switch
        {
            ValidationException validation => Invalid(validation),
            BadHttpRequestException badRequest => Unreadable(badRequest),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
            ConflictException conflict => Conflict(conflict),
            AlreadyDoneException => Problem(StatusCodes.Status409Conflict, "Already done", exception.Message),
            NotYoursException => Problem(StatusCodes.Status403Forbidden, "Not yours", exception.Message),
            StaleVersionException => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed", exception.Message),
            DomainRuleException rule => RuleBroken(rule),
            DatabaseUnavailableException => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "The database is unavailable",
                $"PartnerCrm cannot reach its database just now. Try again in {RetryAfterSeconds} seconds."),
            RegisterUnavailableException => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "The company register is unavailable",
                $"{exception.Message} Try again in {RetryAfterSeconds} seconds, or fill in the company by hand."),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Route}",
                RequestLogging.MethodOf(httpContext.Request.Method), RequestLogging.RouteOf(httpContext));
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred",
                "The error has been logged. Quote the traceId when you report it.");
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            if (exception is RegisterUnavailableException)
                logger.LogWarning("Company register unavailable: {Reason}", exception.GetBaseException().Message);
            else
                logger.LogWarning("Database unavailable: {Reason}", exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails Invalid(ValidationException validation) =>
        new(validation.Errors
            .GroupBy(failure => FieldName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = "See errors for what to correct.",
        };

    private static ProblemDetails Unreadable(BadHttpRequestException badRequest)
    {
        var status = badRequest.StatusCode;
        if (status == StatusCodes.Status415UnsupportedMediaType)
            return Problem(status, "The body is not JSON", "Send the body as JSON with 'Content-Type: application/json'.");
        if (status == StatusCodes.Status413PayloadTooLarge)
            return Problem(status, "The body is too large", badRequest.Message);
        if (badRequest.InnerException is JsonException json)
        {
            var field = FieldName(json.Path?.TrimStart('$', '.') ?? "");
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = [JsonMessage(json)],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The body is not valid JSON for this request",
                Detail = "See errors for the first value that could not be read.",
            };
        }
        if (MissingBody().IsMatch(badRequest.Message))
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["Send the request's JSON body."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has no body",
                Detail = "This request needs a JSON body. See errors.",
            };
        }
        if (UnboundParameter().Match(badRequest.Message) is { Success: true } unbound)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldName(unbound.Groups["name"].Value)] = [$"'{unbound.Groups["value"].Value}' is not a value of the right type here."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "See errors for what to correct.",
            };
        }
        return Problem(status, "The request could not be read", badRequest.Message);
    }

    /// <summary>ASP.NET Core's words for a request whose JSON body is missing or is <c>null</c>.</summary>
    [GeneratedRegex("^(Implicit body inferred for parameter|Required parameter \".*\" was not provided from body)")]
    private static partial Regex MissingBody();

    /// <summary>ASP.NET Core's words for a route or query value it cannot convert, e.g. <c>?limit=many</c>.</summary>
    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]*\s)?(?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex UnboundParameter();

    private static string JsonMessage(JsonException json) =>
        json.Path is null or "$"
            ? "The body is not well-formed JSON."
            : "This value has the wrong type or is not one of the allowed values.";

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message);
        if (conflict.ExistingId is { } existingId) problem.Extensions["existingId"] = existingId;
        return problem;
    }

    private static ProblemDetails RuleBroken(DomainRuleException rule)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, "A business rule refused the change", rule.Message);
        problem.Extensions["code"] = rule.Code;
        return problem;
    }

    /// <summary>
    /// camelCase per segment, so <c>Address.PostalCode</c> becomes <c>address.postalCode</c>; header
    /// names (<c>Idempotency-Key</c>) stay as they are.
    /// </summary>
    private static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Contains('-') ? segment : JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
