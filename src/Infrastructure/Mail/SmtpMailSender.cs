using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;
using PartnerCrm.Application.Reminders;

namespace PartnerCrm.Infrastructure.Mail;

/// <summary>
/// Sends each mail over its own SMTP connection with MailKit. A failure becomes a
/// <see cref="MailNotSentException"/> whose message names the server but never the recipient: the mail
/// server's own words can quote the address, so they are left out.
/// </summary>
public sealed class SmtpMailSender(SmtpSettings settings, TimeProvider clock) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (!settings.IsOn) throw new MailNotSentException("No mail server is configured (Smtp__Host).");
        if (!MailboxAddress.TryParse(mail.To, out var to))
            throw new MailNotSentException("The recipient's address cannot be read.");

        using var message = new MimeMessage();
        message.From.Add(settings.From);
        message.To.Add(to);
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        // RFC 3834: no out-of-office answers to a machine's mail.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart(TextFormat.Plain) { Text = mail.Body };

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (settings.UserName is not null)
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MailNotSentException(Describe(e), e);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // The server has accepted the mail; a goodbye that goes wrong does not unsend it.
        }
    }

    private string Describe(Exception e) => e switch
    {
        SmtpCommandException command => command.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"The mail server {Server} refused the recipient ({(int)command.StatusCode}).",
            SmtpErrorCode.SenderNotAccepted => $"The mail server {Server} refused the sender Smtp__From ({(int)command.StatusCode}).",
            SmtpErrorCode.MessageNotAccepted => $"The mail server {Server} refused the message ({(int)command.StatusCode}).",
            _ => $"The mail server {Server} answered {(int)command.StatusCode}.",
        },
        AuthenticationException => $"The mail server {Server} refused Smtp__UserName and Smtp__Password.",
        SslHandshakeException => $"The TLS handshake with the mail server {Server} failed.",
        SocketException socket => $"The mail server {Server} cannot be reached ({socket.SocketErrorCode}).",
        NotSupportedException => $"The mail server {Server} does not offer what Smtp__Security asks for.",
        SmtpProtocolException or IOException or ServiceNotConnectedException => $"The connection to the mail server {Server} broke off.",
        _ => $"Sending through the mail server {Server} failed ({e.GetType().Name}).",
    };

    private string Server => $"{settings.Host}:{settings.Port}";
}
