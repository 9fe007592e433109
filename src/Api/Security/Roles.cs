namespace PartnerCrm.Api.Security;

public static class Roles
{
    public const string Consultant = "consultant";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly string[] All = [Consultant, Analyst, Admin];
}
