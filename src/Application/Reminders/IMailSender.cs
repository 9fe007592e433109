namespace PartnerCrm.Application.Reminders;

/// <summary>One plain-text e-mail to one address.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>Hands e-mail to the municipality's mail server.</summary>
public interface IMailSender
{
    /// <summary>Returns once the mail server has accepted the mail.</summary>
    /// <exception cref="MailNotSentException">The mail server could not be reached or did not accept the mail.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// The mail was not accepted, so it was not sent. The message says why without naming the recipient, so it
/// may be logged.
/// </summary>
public sealed class MailNotSentException(string reason, Exception? cause = null) : Exception(reason, cause);
