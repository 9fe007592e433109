using PartnerCrm.Api.OpenApi;

namespace PartnerCrm.Api.Endpoints;

public static class RouteConventions
{
    /// <summary>Documents the problem+json answers a route can give.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder route, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest) route.ProducesValidationProblem();
            else route.ProducesProblem(status);
        }
        return route;
    }

    /// <summary>
    /// Names the query record the route's query parameters fill, so the OpenAPI document shows the limits
    /// of its validator on each parameter.
    /// </summary>
    public static RouteHandlerBuilder ValidatedBy<TQuery>(this RouteHandlerBuilder route) =>
        route.WithMetadata(new QueryRecordMetadata(typeof(TQuery)));
}
