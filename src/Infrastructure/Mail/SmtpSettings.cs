using System.Diagnostics.CodeAnalysis;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace PartnerCrm.Infrastructure.Mail;

/// <summary>
/// The mail server the daily digest goes through (<c>Smtp:*</c>). No host means no mail: the digest is off.
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Smtp";

    public string? Host { get; private init; }
    public int Port { get; private init; } = 25;
    public MailboxAddress? From { get; private init; }
    public string? UserName { get; private init; }
    public string? Password { get; private init; }

    /// <summary><c>none</c>, <c>startTls</c> (required) or <c>sslOnConnect</c>; unset: STARTTLS when the server offers it.</summary>
    public SecureSocketOptions Security { get; private init; } = SecureSocketOptions.StartTlsWhenAvailable;

    [MemberNotNullWhen(true, nameof(Host), nameof(From))]
    public bool IsOn => Host is not null && From is not null;

    /// <summary>Reads and checks the settings; a mistake stops the API at startup with a message that says which setting.</summary>
    public static SmtpSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host)) return new SmtpSettings();

        var port = section["Port"];
        if (port is not null && (!int.TryParse(port, out var portNumber) || portNumber is < 1 or > 65535))
            throw new InvalidOperationException($"Smtp__Port must be a port number (1–65535), not '{port}'.");
        if (!MailboxAddress.TryParse(section["From"] ?? "", out var from) || from.Address.Length == 0)
            throw new InvalidOperationException("Set Smtp__From to the sender of the daily digest, e.g. \"PartnerCrm <partnercrm@gentofte.dk>\".");
        var userName = section["UserName"];
        return new SmtpSettings
        {
            Host = host.Trim(),
            Port = port is null ? 25 : int.Parse(port),
            From = from,
            UserName = string.IsNullOrEmpty(userName) ? null : userName,
            Password = section["Password"],
            Security = section["Security"]?.Trim().ToLowerInvariant() switch
            {
                null or "" => SecureSocketOptions.StartTlsWhenAvailable,
                "none" => SecureSocketOptions.None,
                "starttls" => SecureSocketOptions.StartTls,
                "sslonconnect" => SecureSocketOptions.SslOnConnect,
                var other => throw new InvalidOperationException($"Smtp__Security is none, startTls or sslOnConnect, not '{other}'."),
            },
        };
    }
}
