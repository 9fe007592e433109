using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Journeys;

/// <summary>
/// A consultant's working day from first sign-in to a completed follow-up, in the browser only: register a
/// company (past an invalid and a duplicate CVR number), log a meeting with a next action, find it on the
/// worklist and mark it done, propose a partnership, post an internship offer, register a candidate, refer
/// them to the offer, accept, and when the internship has ended complete the follow-up the worklist names. Every page on
/// the way passes the page checks (one h1, axe, Danish only). The same journey runs with JavaScript off.
/// </summary>
public class ConsultantJourneyTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string Company = "Hellerup Havecenter ApS";
    private const string Candidate = "Amira Haddad";
    private const string Offer = "Gartnermedhjælper";

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_consultant_goes_from_a_new_company_to_a_completed_follow_up(bool javaScript)
    {
        App.Clock.StartAt(Monday);
        var shot = javaScript ? "rejse" : "rejse-uden-javascript";
        var taken = await (await App.ClientAsync("consultant", Consultant)).RegisterCompanyAsync("29000018", "Blomsterbinderiet ApS");
        var page = javaScript ? Page : await NewPageAsync(javaScript: false);

        // Signing in lands on the worklist, empty on the first day.
        await SignInAsync(page, "consultant");
        await CheckPageAsync(page, "Min arbejdsliste", $"{shot}-01-arbejdsliste-tom");
        await Expect(page.Locator("main")).ToContainTextAsync("Du har ingen forsinkede eller forestående opgaver.");

        // A company: an invalid CVR number, then one already registered, then its own.
        await page.GetByRole(AriaRole.Link, new() { Name = "Virksomheder", Exact = true }).First.ClickAsync();
        await CheckPageAsync(page, "Virksomheder", $"{shot}-02-virksomheder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret virksomhed" }).ClickAsync();
        await CheckPageAsync(page, "Opret virksomhed", $"{shot}-03-opret-virksomhed");
        await page.GetByLabel("CVR-nummer").FillAsync("29000019");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync(Company);
        await page.GetByLabel("Postnummer").FillAsync("2900");
        await page.GetByLabel("By").FillAsync("Hellerup");
        await page.GetByLabel("Branchekode").FillAsync("471900");
        await page.GetByLabel("Antal ansatte").FillAsync("14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#company-cvr-error")).ToContainTextAsync("Et CVR-nummer er 8 cifre");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Et CVR-nummer er 8 cifre");
        // An address is all of street, postal code and city, or none.
        await Expect(page.Locator("#company-street-error")).ToContainTextAsync("Udfyld vej og nummer, postnummer og by, eller ingen af dem.");
        await Expect(page.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync(Company);
        await CheckPageAsync(page, "Opret virksomhed", $"{shot}-04-ugyldigt-cvr");

        await page.GetByLabel("CVR-nummer").FillAsync("29000018");
        await page.GetByLabel("Adresse").FillAsync("Strandvejen 200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        await Expect(page.Locator("#company-cvr-error")).ToContainTextAsync("Der findes allerede en virksomhed med dette CVR-nummer.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se 29000018" })).ToHaveAttributeAsync("href", $"/virksomheder/{taken.Id}");
        await CheckPageAsync(page, "Opret virksomhed", $"{shot}-05-cvr-findes");

        await page.GetByLabel("CVR-nummer").FillAsync("29000026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Virksomheden er oprettet.");
        await CheckPageAsync(page, Company, $"{shot}-06-virksomhed");
        var companyUrl = new Uri(page.Url).AbsolutePath;

        // A meeting with a next action three days on.
        var activities = page.Locator("section[aria-labelledby='activities-heading']");
        await activities.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Møde" });
        await activities.GetByLabel("Dato", new() { Exact = true }).FillAsync("2026-03-02");
        await activities.GetByLabel("Resumé").FillAsync("Møde med indehaveren om praktik i planteskolen.");
        await activities.GetByLabel(new Regex("^Næste handling \\(frivilligt\\)$")).FillAsync("Send forslag til praktikforløb");
        await activities.GetByLabel("Næste handling den").FillAsync("2026-03-05");
        await activities.GetByRole(AriaRole.Button, new() { Name = "Registrér aktivitet" }).ClickAsync();
        await Expect(activities.GetByRole(AriaRole.Status)).ToHaveTextAsync("Aktiviteten er registreret.");
        await CheckPageAsync(page, Company, $"{shot}-07-aktivitet");

        // The worklist names it; marking it done there takes it off.
        await page.GetByRole(AriaRole.Link, new() { Name = "Arbejdsliste" }).First.ClickAsync();
        var task = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Næste handling: Send forslag til praktikforløb" });
        await Expect(task).ToContainTextAsync(Company);
        await CheckPageAsync(page, "Min arbejdsliste", $"{shot}-08-arbejdsliste");
        await task.GetByRole(AriaRole.Button, new() { Name = "Markér som gjort: Send forslag til praktikforløb" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Den næste handling er markeret som gjort.");
        await Expect(page.Locator("main")).ToContainTextAsync("Du har ingen forsinkede eller forestående opgaver.");
        await CheckPageAsync(page, "Min arbejdsliste", $"{shot}-09-arbejdsliste-gjort");

        // A partnership on internships, two places a year.
        await page.GotoAsync(companyUrl);
        var partnership = page.Locator("section[aria-labelledby='partnership-heading']");
        await partnership.GetByRole(AriaRole.Group, new() { Name = "Ordninger" }).GetByLabel("Virksomhedspraktik").CheckAsync();
        await partnership.GetByLabel("Aftalte pladser pr. år").FillAsync("2");
        await partnership.GetByRole(AriaRole.Button, new() { Name = "Foreslå partnerskab" }).ClickAsync();
        await Expect(partnership.GetByRole(AriaRole.Status)).ToHaveTextAsync("Partnerskabet er foreslået.");
        await CheckPageAsync(page, Company, $"{shot}-10-partnerskab");

        // An internship offer posted on the company's behalf.
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret praktikplads" }).ClickAsync();
        await CheckPageAsync(page, "Opret praktikplads", $"{shot}-11-opret-praktikplads");
        await page.GetByLabel("Titel").FillAsync(Offer);
        await page.GetByLabel("Beskrivelse").FillAsync("Pasning af planter og hjælp i butikken.");
        await page.GetByLabel("Startdato").FillAsync("2026-03-16");
        await page.GetByLabel("Varighed i uger").FillAsync("8");
        await page.GetByLabel("Timer pr. uge").FillAsync("20");
        await page.GetByLabel("Antal pladser").FillAsync("1");
        await page.GetByLabel("Krav til dansk").SelectOptionAsync("DU2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret praktikplads" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Praktikpladsen er oprettet.");
        await CheckPageAsync(page, Offer, $"{shot}-12-praktikplads");
        var offerUrl = new Uri(page.Url).AbsolutePath;

        // A candidate.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kandidater", Exact = true }).First.ClickAsync();
        await CheckPageAsync(page, "Kandidater", $"{shot}-13-kandidater");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret kandidat" }).ClickAsync();
        await page.GetByLabel("Sagsnummer").FillAsync("J-2026-042");
        await page.GetByLabel("Visningsnavn").FillAsync(Candidate);
        await page.GetByLabel("Fødselsår").FillAsync("1994");
        await page.GetByLabel("Oprindelsesland").SelectOptionAsync("SY");
        await page.GetByLabel("Opholdsgrundlag").SelectOptionAsync("Refugee");
        await page.GetByLabel("Ankomstdato").FillAsync("2025-06-01");
        await page.GetByLabel("Danskuddannelse").SelectOptionAsync("DU2");
        await page.GetByLabel("Modul").SelectOptionAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er oprettet.");
        await CheckPageAsync(page, Candidate, $"{shot}-14-kandidat");

        // Referred from the offer's matches, and accepted: the placement is made.
        await page.GotoAsync(offerUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Henvis {Candidate}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er henvist til praktikpladsen.");
        await CheckPageAsync(page, Offer, $"{shot}-15-henvist");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accepter {Candidate}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Henvisningen er accepteret, og forløbet er oprettet.");
        await CheckPageAsync(page, Offer, $"{shot}-16-accepteret");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gå til det nye forløb" }).ClickAsync();
        await CheckPageAsync(page, $"Virksomhedspraktik hos {Company}", $"{shot}-17-forloeb");

        // The internship ends on 11 May; nine days later its follow-up at the end is overdue, and the worklist leads to it.
        App.Clock.StartAt(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero));
        await SignInAsync(page, "consultant");
        var followUp = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Opfølgning ved afslutning" });
        await Expect(followUp).ToContainTextAsync("Forsinket");
        await CheckPageAsync(page, "Min arbejdsliste", $"{shot}-18-arbejdsliste-opfoelgning");
        await followUp.GetByRole(AriaRole.Link, new() { Name = "Åbn forløbet" }).ClickAsync();

        await Expect(page.Locator("#followup-forms h3").First).ToContainTextAsync("Registrér: Opfølgning ved afslutning");
        await page.GetByLabel("Udfald", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "I job i samme virksomhed" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér opfølgningen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Opfølgningen er registreret.");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Opfølgning ved afslutning" })).ToContainTextAsync("Gennemført");
        await CheckPageAsync(page, $"Virksomhedspraktik hos {Company}", $"{shot}-19-opfoelgning-registreret");

        await page.GetByRole(AriaRole.Link, new() { Name = "Arbejdsliste" }).First.ClickAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Opfølgning ved afslutning");
    }
}
