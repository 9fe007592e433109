using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerCrm.Application.Reminders;
using PartnerCrm.Application.Staff;
using PartnerCrm.Infrastructure.Mail;
using PartnerCrm.Infrastructure.Staff;

namespace PartnerCrm.Infrastructure.Reminders;

public static class RemindersSetup
{
    /// <summary>
    /// The staff directory and the daily digest. Settings read: <c>Reminders:SendAt</c>, <c>Reminders:AppUrl</c>
    /// and <c>Smtp:*</c>, checked when the API starts (<see cref="DependencyInjection.EnsureInfrastructureSettings"/>),
    /// so the <c>migrate</c> command runs without them.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<StaffSeenToday>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<DigestLedger>();
        services.AddScoped<IDigestLedger>(provider => provider.GetRequiredService<DigestLedger>());
        services.AddSingleton(_ => ReadReminderSettings(configuration));
        services.AddSingleton(_ => SmtpSettings.Read(configuration));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddHostedService<DailyDigestJob>();
        return services;
    }

    private static ReminderSettings ReadReminderSettings(IConfiguration configuration)
    {
        var section = configuration.GetSection(ReminderSettings.Section);
        var sendAt = ReminderSettings.DefaultSendAt;
        if (!string.IsNullOrWhiteSpace(section["SendAt"])
            && !TimeOnly.TryParseExact(section["SendAt"]!.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out sendAt))
            throw new InvalidOperationException($"Reminders__SendAt is a time of day in Copenhagen, e.g. 07:00, not '{section["SendAt"]}'.");
        var appUrl = ReminderSettings.DefaultAppUrl;
        if (!string.IsNullOrWhiteSpace(section["AppUrl"])
            && !(Uri.TryCreate(section["AppUrl"]!.Trim(), UriKind.Absolute, out appUrl) && appUrl.Scheme is "http" or "https"))
            throw new InvalidOperationException($"Reminders__AppUrl is the web app's address, e.g. https://partnercrm.gentofte.dk/, not '{section["AppUrl"]}'.");
        return new ReminderSettings(sendAt, appUrl!);
    }
}
