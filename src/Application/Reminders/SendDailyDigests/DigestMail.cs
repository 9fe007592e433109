using System.Text;
using PartnerCrm.Application.Worklist.CountWorklist;

namespace PartnerCrm.Application.Reminders.SendDailyDigests;

/// <summary>
/// The daily digest as the consultant reads it, in Danish: counts and two links, never a candidate's name, case
/// reference, a company or any text someone wrote, so the mail may pass through systems that must not hold them.
/// </summary>
public static class DigestMail
{
    /// <summary>The page of the web app that lists all follow-ups; the worklist is the app's front page.</summary>
    public const string FollowUpsPage = "opfoelgninger";

    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static OutgoingMail Compose(string to, DateOnly day, WorklistCounts counts, Uri appUrl)
    {
        var waiting = counts.Waiting;
        var subject = $"PartnerCrm: {waiting} {(waiting == 1 ? "opgave" : "opgaver")} venter på dig";
        var body = new StringBuilder()
            .Append("Hej\n\n")
            .Append($"Sådan ser din arbejdsliste i PartnerCrm ud {Weekdays[(int)day.DayOfWeek]} den {day.Day}. {Months[day.Month - 1]} {day.Year}.\n\n")
            .Append("Opfølgninger\n")
            .Append($"  Overskredet: {counts.OverdueFollowUps}\n")
            .Append($"  Forfalder i dag: {counts.FollowUpsDueToday}\n")
            .Append($"  Forfalder de næste 7 dage: {counts.FollowUpsDueThisWeek}\n\n")
            .Append("Næste handlinger\n")
            .Append($"  Overskredet: {counts.OverdueNextActions}\n")
            .Append($"  Forfalder i dag: {counts.NextActionsDueToday}\n")
            .Append($"  Forfalder de næste 7 dage: {counts.NextActionsDueThisWeek}\n\n")
            .Append($"Din arbejdsliste: {appUrl.AbsoluteUri}\n")
            .Append($"Alle opfølgninger: {new Uri(appUrl, FollowUpsPage).AbsoluteUri}\n\n")
            .Append("Mailen viser kun antal. Hvem og hvad det drejer sig om, ser du i PartnerCrm.\n")
            .Append("PartnerCrm sender den én gang om dagen, når noget er overskredet eller forfalder i dag.\n")
            .ToString();
        return new OutgoingMail(to, subject, body);
    }
}
