using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;

namespace PartnerCrm.Infrastructure.CompanyRegister;

/// <summary>
/// The Danish Business Authority's CVR system-to-system access (<c>CompanyRegister:Cvr:*</c>): the search's address,
/// the user name and password the Authority issues, and how long a lookup may take. Without a user name it is off,
/// and lookups answer from the last imported extract.
/// </summary>
public sealed class CvrRegisterSettings
{
    public const string Section = "CompanyRegister:Cvr";

    /// <summary>The Authority's distribution service, where the <c>cvr-permanent</c> index lives.</summary>
    public static readonly Uri DefaultBaseUrl = new("http://distribution.virk.dk/");

    public const double DefaultTimeoutSeconds = 10;

    public Uri BaseUrl { get; private init; } = DefaultBaseUrl;
    public string? UserName { get; private init; }
    public string? Password { get; private init; }

    /// <summary>A consultant waits for the answer, so a register that does not answer in time is reported as unavailable.</summary>
    public TimeSpan Timeout { get; private init; } = TimeSpan.FromSeconds(DefaultTimeoutSeconds);

    [MemberNotNullWhen(true, nameof(UserName), nameof(Password))]
    public bool IsOn => UserName is not null && Password is not null;

    /// <summary>Reads and checks the settings; a mistake stops the API at startup with a message that says which setting.</summary>
    public static CvrRegisterSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var userName = section["UserName"];
        if (string.IsNullOrWhiteSpace(userName)) return new CvrRegisterSettings();

        var password = section["Password"];
        if (string.IsNullOrEmpty(password))
            throw new InvalidOperationException("Set CompanyRegister__Cvr__Password: the CVR user name is set, its password is not.");
        var baseUrl = DefaultBaseUrl;
        if (!string.IsNullOrWhiteSpace(section["BaseUrl"])
            && !(Uri.TryCreate(section["BaseUrl"]!.Trim(), UriKind.Absolute, out baseUrl) && baseUrl.Scheme is "http" or "https"))
            throw new InvalidOperationException($"CompanyRegister__Cvr__BaseUrl is the CVR search's address, e.g. {DefaultBaseUrl}, not '{section["BaseUrl"]}'.");
        var timeout = DefaultTimeoutSeconds;
        if (!string.IsNullOrWhiteSpace(section["TimeoutSeconds"])
            && !(double.TryParse(section["TimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out timeout) && timeout is > 0 and <= 120))
            throw new InvalidOperationException($"CompanyRegister__Cvr__TimeoutSeconds is a number of seconds (above 0, at most 120), not '{section["TimeoutSeconds"]}'.");
        return new CvrRegisterSettings
        {
            BaseUrl = baseUrl!.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"),
            UserName = userName.Trim(),
            Password = password,
            Timeout = TimeSpan.FromSeconds(timeout),
        };
    }
}
