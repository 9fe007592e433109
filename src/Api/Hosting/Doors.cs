namespace PartnerCrm.Api.Hosting;

/// <summary>
/// One process, two doors: the REST API (JSON, bearer tokens and API keys, problem+json) and the staff web
/// app (HTML pages, a session cookie, Danish error pages). A request belongs to the API by its path.
/// </summary>
public static class Doors
{
    private static readonly PathString[] ApiPaths = ["/api", "/openapi", "/swagger", "/health"];

    public static bool IsApi(PathString path) => ApiPaths.Any(path.StartsWithSegments);

    public static bool IsApi(HttpContext http) => IsApi(http.Request.Path);

    public static bool IsWeb(HttpContext http) => !IsApi(http);
}
