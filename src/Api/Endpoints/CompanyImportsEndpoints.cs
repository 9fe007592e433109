using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PartnerCrm.Api.OpenApi;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Companies.Imports;
using PartnerCrm.Application.Companies.Imports.GetCompanyImport;
using PartnerCrm.Application.Companies.Imports.SubmitCompanyImport;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Bulk import of companies and workplaces from the CVR register's extract, run in the background.</summary>
public static class CompanyImportsEndpoints
{
    public const string CsvMediaType = "text/csv";

    public static IEndpointRouteBuilder MapCompanyImports(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/companies/imports").WithTags("Company imports");

        imports.MapPost("/", Submit).RequireAuthorization(Policies.CrmWrite).ValidatedBy<SubmitCompanyImportCommand>()
            .WithMetadata(new CsvRequestBody(CvrExtract.MaxBytes))
            .WithMetadata(new RequestSizeLimitAttribute(CvrExtract.MaxBytes))
            .WithSummary("Import companies and workplaces from a CVR extract")
            .WithDescription(
                "The body is the CSV file (Content-Type: text/csv, up to 50 MB; ; or , separated; UTF-8 with or without BOM, " +
                "stray Latin-1 bytes read as Latin-1). Columns: CVR-nummer, Navn, Adresse, Postnr, By, Branchekode, Antal ansatte, " +
                "Ophørsdato, P-nummer (English aliases: cvr, name, address, postalCode, city, industryCode, employees, ceasedOn, pNumber). " +
                "Answers 202 with Location of the job; the rows are read and applied in the background, all or nothing. " +
                "dryRun=true checks and counts without writing. A field a consultant changed since the last import is kept. " +
                "Name the file with Content-Disposition: attachment; filename=\"…\".")
            .Produces<CompanyImportDto>(StatusCodes.Status202Accepted)
            .Problems(400, 413, 415);
        imports.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Follow a company import")
            .WithDescription("status is queued, running, completed or failed. The counts are there once it has completed; invalidRows holds the first 1,000 invalid rows.")
            .Problems(404);
        return app;
    }

    private static async Task<Results<Accepted<CompanyImportDto>, ProblemHttpResult>> Submit(
        HttpRequest request, IMediator mediator, CancellationToken cancellationToken, bool dryRun = false)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body is not CSV",
                detail: "Send the extract as the body with 'Content-Type: text/csv'.");
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var job = await mediator.Send(new SubmitCompanyImportCommand(FileName(request), body.ToArray(), dryRun), cancellationToken);
        return TypedResults.Accepted($"/api/v1/companies/imports/{job.Id}", job);
    }

    private static async Task<Ok<CompanyImportDto>> Get(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCompanyImportQuery(id), cancellationToken));

    /// <summary>The file's name from Content-Disposition, without any folder; "extract.csv" when none is given.</summary>
    private static string FileName(HttpRequest request)
    {
        var name = ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString()
            : "";
        name = Path.GetFileName(name.Replace('\\', '/')).Trim();
        return name.Length is > 0 and <= 260 ? name : "extract.csv";
    }
}
