namespace PartnerCrm.Application.Common;

/// <summary>The staff roles a token or a session names.</summary>
public static class Roles
{
    public const string Consultant = "consultant";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Consultant, Analyst, Admin];
}

/// <summary>
/// Who may do what: the role matrix of the API contract. The REST API and the web app name the same
/// policies; each door says how a caller proves who they are (a bearer token, or a session cookie).
/// </summary>
public static class Access
{
    /// <summary>Read companies, activities, partnerships, internship offers, statistics: every staff role.</summary>
    public const string CrmRead = nameof(CrmRead);

    /// <summary>Change companies, contacts, activities, partnerships, offers: consultants and admins.</summary>
    public const string CrmWrite = nameof(CrmWrite);

    /// <summary>Contact persons are personal data: analysts do not see them.</summary>
    public const string ContactsRead = nameof(ContactsRead);

    /// <summary>Issue, list and revoke a company's API keys: consultants and admins.</summary>
    public const string ApiKeys = nameof(ApiKeys);

    /// <summary>Candidates, placements, follow-ups, referrals and the worklist are personal data: consultants and admins, never analysts.</summary>
    public const string PersonalData = nameof(PersonalData);

    /// <summary>Row-level exports: analysts and admins.</summary>
    public const string Exports = nameof(Exports);

    /// <summary>The audit trail: admins only.</summary>
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesOf = new Dictionary<string, IReadOnlyList<string>>
    {
        [CrmRead] = [Roles.Consultant, Roles.Analyst, Roles.Admin],
        [CrmWrite] = [Roles.Consultant, Roles.Admin],
        [ContactsRead] = [Roles.Consultant, Roles.Admin],
        [ApiKeys] = [Roles.Consultant, Roles.Admin],
        [PersonalData] = [Roles.Consultant, Roles.Admin],
        [Exports] = [Roles.Analyst, Roles.Admin],
        [Admin] = [Roles.Admin],
    };

    public static bool Allows(string policy, IEnumerable<string> roles) => roles.Any(RolesOf[policy].Contains);
}

/// <summary>The same policies for the web app's pages (a session cookie instead of a bearer token).</summary>
public static class WebAccess
{
    public const string Prefix = "web:";
    public const string CrmRead = Prefix + Access.CrmRead;
    public const string CrmWrite = Prefix + Access.CrmWrite;
    public const string ContactsRead = Prefix + Access.ContactsRead;
    public const string ApiKeys = Prefix + Access.ApiKeys;
    public const string PersonalData = Prefix + Access.PersonalData;
    public const string Exports = Prefix + Access.Exports;
    public const string Admin = Prefix + Access.Admin;
}
