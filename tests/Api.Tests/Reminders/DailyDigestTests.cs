using System.Net;
using System.Net.Http.Json;
using MimeKit;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Reminders;

/// <summary>
/// The daily digest over a real SMTP server, with the clock moved past <c>Reminders:SendAt</c>. Each test has a
/// database of its own, which the API instances it starts share.
/// </summary>
public sealed class DailyDigestTests : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 06:50 in Copenhagen (UTC+1): ten minutes before SendAt.</summary>
    private static readonly DateTimeOffset MondayBeforeSendAt = new(2026, 3, 2, 5, 50, 0, TimeSpan.Zero);

    /// <summary>From ten to seven to one minute past.</summary>
    private static readonly TimeSpan ToPastSendAt = TimeSpan.FromMinutes(11);

    private readonly List<DigestHost> _hosts = [];
    private readonly MailServer _mail = new();
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabaseServer.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        _mail.Dispose();
        await TestDatabaseServer.DropDatabaseAsync(_database);
    }

    private async Task<DigestHost> StartAsync(DateTimeOffset at, bool withMail = true, int? smtpPort = null)
    {
        var host = await DigestHost.StartAsync(_database, at, withMail ? smtpPort ?? _mail.Port : null);
        _hosts.Add(host);
        return host;
    }

    private static async Task<ActivityDto> LogActivityAsync(HttpClient client, Guid companyId, string nextAction, string nextActionOn)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/activities",
            new { kind = "call", occurredAt = "2026-02-20T10:00:00Z", summary = "Talte med lederen om Amira", nextAction, nextActionOn });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ActivityDto>();
    }

    /// <summary>
    /// Anna's worklist on 2 March: follow-ups overdue (an internship ended 27 February), due today (ended 2 March)
    /// and due this week (ends 5 March); next actions overdue, due today and due this week, one done and one far
    /// off. Every record names a person, a case or the company, none of which the mail may show.
    /// </summary>
    private static async Task<CompanyDto> AnnasWorklistAsync(HttpClient anna)
    {
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var endings = new[] { ("J-2026-001", "Amira Haddad", "2026-02-27"), ("J-2026-002", "Yusuf Karim", "2026-03-02"), ("J-2026-003", "Dilan Aziz", "2026-03-05") };
        foreach (var (caseReference, displayName, end) in endings)
        {
            var candidate = await anna.RegisterCandidateAsync(PeopleData.Candidate(caseReference, displayName));
            await anna.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "internship", "2026-01-05", end));
        }
        await LogActivityAsync(anna, company.Id, "Send evaluering af Amira Haddad", "2026-02-28");
        await LogActivityAsync(anna, company.Id, "Ring om Yusuf Karims kontrakt", "2026-03-02");
        await LogActivityAsync(anna, company.Id, "Besøg bageriet", "2026-03-06");
        await LogActivityAsync(anna, company.Id, "Møde om et år", "2027-03-01");
        var done = await LogActivityAsync(anna, company.Id, "Allerede gjort", "2026-02-25");
        await (await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{done.Id}/done", null)).ShouldBe(HttpStatusCode.OK);
        return company;
    }

    private static readonly string[] PersonalData =
    [
        "Amira", "Haddad", "Yusuf", "Karim", "Dilan", "Aziz", "J-2026-00", "Gentofte Bageri", "13585628",
        "Send evaluering", "Ring om", "Besøg bageriet", "Talte med lederen", "Køkkenmedhjælper", "Anna Jensen",
    ];

    private static string Text(MimeMessage mail) => (mail.TextBody ?? "").ReplaceLineEndings("\n");

    private static string Everything(MimeMessage mail) => string.Join('\n', mail.Subject, Text(mail), mail.HtmlBody ?? "", mail.Headers.ToString());

    private static IEnumerable<string> Recipients(IEnumerable<MimeMessage> mails) =>
        mails.SelectMany(mail => mail.To.Mailboxes).Select(mailbox => mailbox.Address).Order();

    [Fact]
    public async Task At_send_time_a_consultant_with_overdue_and_due_items_gets_one_mail_of_counts_and_links_and_one_with_nothing_due_gets_none()
    {
        var host = await StartAsync(MondayBeforeSendAt);
        var anna = await host.ClientAsync("consultant", "Anna Jensen");
        await AnnasWorklistAsync(anna);
        // Bo has only something far off; Carl (an administrator) has one overdue next action of his own, which is not Anna's.
        var bo = await host.ClientAsync("consultant", "Bo Hansen");
        var carl = await host.ClientAsync("admin", "Carl Madsen");
        var company = await carl.RegisterCompanyAsync("29403473", "Carls Firma");
        await LogActivityAsync(bo, company.Id, "Ring til sommer", "2026-06-01");
        await LogActivityAsync(carl, company.Id, "Send tilbud", "2026-02-27");

        await host.AdvanceAsync(TimeSpan.FromMinutes(9));
        Assert.Empty(_mail.Received);

        await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        var mails = await _mail.WaitForAsync(2);
        Assert.Equal(["anna.jensen@example.invalid", "carl.madsen@example.invalid"], Recipients(mails));

        var annas = mails.Single(mail => mail.To.Mailboxes.Single().Address == "anna.jensen@example.invalid");
        Assert.Equal("PartnerCrm: 4 opgaver venter på dig", annas.Subject);
        Assert.Equal("partnercrm@example.invalid", annas.From.Mailboxes.Single().Address);
        Assert.Equal("auto-generated", annas.Headers["Auto-Submitted"]);
        var body = Text(annas);
        Assert.Contains("mandag den 2. marts 2026", body);
        Assert.Contains("Opfølgninger\n  Overskredet: 1\n  Forfalder i dag: 1\n  Forfalder de næste 7 dage: 1\n", body);
        Assert.Contains("Næste handlinger\n  Overskredet: 1\n  Forfalder i dag: 1\n  Forfalder de næste 7 dage: 1\n", body);
        Assert.Contains("Din arbejdsliste: http://localhost:5080/\n", body);
        Assert.Contains("Alle opfølgninger: http://localhost:5080/opfoelgninger\n", body);
        foreach (var mail in mails)
            foreach (var personal in PersonalData)
                Assert.DoesNotContain(personal, Everything(mail), StringComparison.OrdinalIgnoreCase);

        var carls = mails.Single(mail => mail.To.Mailboxes.Single().Address == "carl.madsen@example.invalid");
        Assert.Equal("PartnerCrm: 1 opgave venter på dig", carls.Subject);
        Assert.Contains("Næste handlinger\n  Overskredet: 1\n", Text(carls));

        // Later the same day the job keeps looking, and sends nothing more.
        await host.AdvanceAsync(TimeSpan.FromHours(3));
        await host.AdvanceAsync(TimeSpan.FromHours(13));
        Assert.Equal(2, _mail.Received.Count);

        var outcomes = await host.QueryAsync("SELECT status FROM daily_digests ORDER BY status",
            reader => { var list = new List<string>(); while (reader.Read()) list.Add(reader.GetString(0)); return list; });
        Assert.Equal(["nothingDue", "sent", "sent"], outcomes);
        Assert.Contains(host.Logs.Lines, line => line.Message == "Daily digest of 2026-03-02: 2 sent, 1 with nothing due");
        foreach (var line in host.Logs.Lines)
            foreach (var personal in PersonalData.Append("example.invalid>").Append("anna.jensen").Append("carl.madsen"))
                Assert.DoesNotContain(personal, line.Everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_instances_on_one_database_both_at_send_time_send_each_consultant_one_mail_a_day()
    {
        var first = await StartAsync(MondayBeforeSendAt);
        var second = await StartAsync(MondayBeforeSendAt);
        string[] names = ["Anna Jensen", "Bo Hansen", "Carl Madsen", "Dorte Lund", "Emil Berg", "Freja Holm"];
        var company = await (await first.ClientAsync("consultant", names[0])).RegisterCompanyAsync("13585628", "Gentofte Bageri");
        for (var i = 0; i < names.Length; i++)
        {
            // Half of them are seen by each instance, so each instance's directory writes are its own.
            var client = await (i % 2 == 0 ? first : second).ClientAsync("consultant", names[i]);
            await LogActivityAsync(client, company.Id, "Ring igen", "2026-02-27");
        }

        for (var day = 0; day < 3; day++)
        {
            var by = day == 0 ? ToPastSendAt : TimeSpan.FromDays(1);
            await Task.WhenAll(Task.Run(() => first.AdvanceAsync(by)), Task.Run(() => second.AdvanceAsync(by)));
            var mails = await _mail.WaitForAsync(names.Length * (day + 1));
            Assert.Equal(names.Length * (day + 1), mails.Count);
            Assert.All(Recipients(mails).GroupBy(address => address), perPerson => Assert.Equal(day + 1, perPerson.Count()));
        }

        await Task.WhenAll(first.AdvanceAsync(TimeSpan.FromHours(1)), second.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(names.Length * 3, _mail.Received.Count);
        var ledger = await first.QueryAsync("SELECT count(*), count(*) FILTER (WHERE status = 'sent' AND attempts = 1) FROM daily_digests",
            reader => { reader.Read(); return (reader.GetInt64(0), reader.GetInt64(1)); });
        Assert.Equal((names.Length * 3L, names.Length * 3L), ledger);
        // Each mail was sent by exactly one of the two, whichever claimed it first.
        var sentByEach = new[] { first, second }.Select(host => host.Logs.Lines
            .Where(line => line.Message.StartsWith("Daily digest of", StringComparison.Ordinal)).Sum(line => (int)line.State["Sent"]!));
        Assert.Equal(names.Length * 3, sentByEach.Sum());
    }

    [Fact]
    public async Task Started_again_the_same_day_it_sends_nothing_again_and_the_next_day_it_sends_again()
    {
        var host = await StartAsync(MondayBeforeSendAt);
        await AnnasWorklistAsync(await host.ClientAsync("consultant", "Anna Jensen"));
        await host.AdvanceAsync(ToPastSendAt);
        Assert.Single(await _mail.WaitForAsync(1));
        await host.DisposeAsync();
        _hosts.Remove(host);

        // 09:00 the same day: the first pass, right at the start, finds Anna's digest already sent.
        var restarted = await StartAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await restarted.PassedAsync();
        await restarted.AdvanceAsync(TimeSpan.FromMinutes(30));
        Assert.Single(_mail.Received);

        // Tuesday 07:01.
        await restarted.AdvanceAsync(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(1) - TimeSpan.FromMinutes(30));
        var mails = await _mail.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        var tuesdays = Assert.Single(mails, mail => Text(mail).Contains("tirsdag den 3. marts 2026"));
        // Yesterday's "due today" items are overdue now.
        Assert.Contains("Opfølgninger\n  Overskredet: 2\n  Forfalder i dag: 0\n  Forfalder de næste 7 dage: 1\n", Text(tuesdays));
    }

    [Fact]
    public async Task Without_a_mail_server_the_digest_is_off_and_the_api_says_so_at_startup()
    {
        var host = await StartAsync(MondayBeforeSendAt, withMail: false);
        await AnnasWorklistAsync(await host.ClientAsync("consultant", "Anna Jensen"));
        Assert.Single(host.Logs.Lines, line => line.Message == "Daily reminders are off: Smtp__Host is not set");

        host.Clock.Advance(TimeSpan.FromHours(3));
        Assert.False(host.Job.IsOn);
        Assert.Null(host.Job.LastPassAt);
        Assert.Equal(0L, await host.QueryAsync("SELECT count(*) FROM daily_digests", reader => { reader.Read(); return reader.GetInt64(0); }));
        Assert.Empty(_mail.Received);
        // The directory is kept all the same, so the digest has its addresses the day it is switched on.
        Assert.Equal(1L, await host.QueryAsync("SELECT count(*) FROM staff_directory", reader => { reader.Read(); return reader.GetInt64(0); }));
    }

    [Fact]
    public async Task A_mail_the_server_did_not_take_is_tried_again_a_quarter_of_an_hour_later_and_sent_once()
    {
        using var lateServer = new MailServer(start: false);
        var host = await StartAsync(MondayBeforeSendAt, smtpPort: lateServer.Port);
        await AnnasWorklistAsync(await host.ClientAsync("consultant", "Anna Jensen"));

        await host.AdvanceAsync(ToPastSendAt);
        var failed = await host.QueryAsync("SELECT status, attempts, retry_at FROM daily_digests",
            reader => { reader.Read(); return (reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2)); });
        Assert.Equal(("failed", 1, host.Clock.GetUtcNow() + TimeSpan.FromMinutes(15)), failed);
        var warning = Assert.Single(host.Logs.Lines, line => line.Message.StartsWith("Daily digest of 2026-03-02: 1 not sent", StringComparison.Ordinal));
        Assert.Contains($"The mail server 127.0.0.1:{lateServer.Port} cannot be reached", warning.Message);
        Assert.DoesNotContain("anna", warning.Everything, StringComparison.OrdinalIgnoreCase);

        lateServer.Start();
        await host.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Empty(lateServer.Received);
        await host.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Single(await lateServer.WaitForAsync(1));
        await host.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Single(lateServer.Received);
        var sent = await host.QueryAsync("SELECT status, attempts FROM daily_digests",
            reader => { reader.Read(); return (reader.GetString(0), reader.GetInt32(1)); });
        Assert.Equal(("sent", 2), sent);
    }
}
