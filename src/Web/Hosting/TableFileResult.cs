using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Web.Hosting;

/// <summary>A table file as an answer, for the API's statistics routes and the web app's download alike.</summary>
public static class TableFileResult
{
    /// <summary>
    /// Streams the file as it is written. The spreadsheet is written synchronously into its zip; its rows
    /// still stream from the database as they are written.
    /// </summary>
    public static IResult Of(TableFile file, ITableFileWriter files, HttpContext http, CancellationToken cancellationToken)
    {
        if (file.Format == FileFormat.Xlsx) http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        return Results.Stream(stream => files.WriteAsync(file, stream, cancellationToken), file.ContentType, file.FileName);
    }
}
