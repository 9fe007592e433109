using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Placements;

public class PlacementPagesTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    /// <summary>Monday 2 March 2026, 09:00 in Copenhagen.</summary>
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private PlacementData Data { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock.StartAt(March2);
        Data = new PlacementData(await App.ClientAsync("consultant", Consultant));
    }

    private static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    private static ILocator Row(IPage page, string text) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    [Fact]
    public async Task A_placement_is_made_from_a_candidates_link_without_JavaScript()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", $"/forloeb/ny?kandidat={candidate.Id}");

        await CheckPageAsync(page, "Opret forløb", "forloeb-ny-fra-kandidat");
        await Expect(page.GetByText("Du har valgt kandidaten Amal Hassan.")).ToBeVisibleAsync();
        await page.GetByLabel("Søg efter virksomhed").FillAsync("blomst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("soeg-virksomhed=blomst"));
        await CheckPageAsync(page, "Opret forløb", "forloeb-ny-soeg-virksomhed");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Vælg Bageriet Blomst ApS (CVR-nummer {company.Cvr})" }).ClickAsync();

        await Expect(page.GetByText("Du har valgt virksomheden Bageriet Blomst ApS.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Du har valgt kandidaten Amal Hassan.")).ToBeVisibleAsync();
        await Expect(page.GetByText("løntilskud højst 6 måneder her, da virksomheden er privat")).ToBeVisibleAsync();
        await CheckPageAsync(page, "Opret forløb", "forloeb-ny-udfyld");
        await page.GetByLabel("Ordning").SelectOptionAsync(new SelectOptionValue { Label = "Virksomhedspraktik" });
        await page.GetByLabel("Stillingsbetegnelse").FillAsync("Bagermedhjælper");
        await page.GetByLabel("Startdato").FillAsync("2026-03-16");
        await page.GetByLabel("Planlagt slutdato").FillAsync("2026-06-08");
        await page.GetByLabel("Timer pr. uge").FillAsync("18,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret forløb" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/forloeb/[0-9a-f-]{36}\?besked=created$"));
        await CheckPageAsync(page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-oprettet");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er oprettet.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Amal Hassan" })).ToHaveAttributeAsync("href", $"/kandidater/{candidate.Id}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bageriet Blomst ApS" })).ToHaveAttributeAsync("href", $"/virksomheder/{company.Id}");
        await Expect(page.Locator(".details-list")).ToContainTextAsync("16. marts 2026");
        await Expect(page.Locator(".details-list")).ToContainTextAsync("18,5");
        await Expect(Row(page, "Opfølgning ved afslutning")).ToContainTextAsync("8. juni 2026");
        await Expect(Row(page, "Opfølgning 3 måneder efter afslutning")).ToContainTextAsync("8. september 2026");

        var id = Guid.Parse(Regex.Match(page.Url, "[0-9a-f-]{36}").Value);
        var made = await Data.ReadAsync(id);
        Assert.Equal((PlacementType.Internship, 18.5m, new DateOnly(2026, 3, 16), "Bagermedhjælper"),
            (made.Type, made.HoursPerWeek, made.StartDate, made.JobTitle));
        Assert.Equal((candidate.Id, company.Id), (made.CandidateId, made.CompanyId));
    }

    [Fact]
    public async Task Unreadable_input_is_shown_on_its_field_and_a_duration_beyond_the_scheme_is_refused_in_Danish()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        await SignInAsync(Page, "consultant", $"/forloeb/ny?kandidat={candidate.Id}&virksomhed={company.Id}");
        await CheckPageAsync(Page, "Opret forløb", "forloeb-ny-begge-valgt");

        await Page.GetByLabel("Ordning").SelectOptionAsync(new SelectOptionValue { Label = "Virksomhedspraktik" });
        await Page.GetByLabel("Startdato").FillAsync("2026-03-16");
        await Page.GetByLabel("Planlagt slutdato").FillAsync("2026-07-13");
        await Page.GetByLabel("Timer pr. uge").FillAsync("atten");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forløb" }).ClickAsync();

        await Expect(Page.GetByLabel("Timer pr. uge")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Stillingsbetegnelse")).ToHaveAttributeAsync("aria-invalid", "true");
        var summary = Page.Locator(".alert-error");
        await Expect(summary).ToContainTextAsync("Der er 2 fejl i formularen");
        await Expect(summary).ToContainTextAsync("Skriv et tal, fx 37 eller 18,5.");
        await Expect(summary).ToContainTextAsync("Udfyld feltet.");
        await Expect(Page.GetByLabel("Timer pr. uge")).ToHaveValueAsync("atten");
        await CheckPageAsync(Page, "Opret forløb", "forloeb-ny-fejl");

        // 13 weeks from 16 March is 15 June: 13 July is four weeks too late for an internship that is not extended.
        await Page.GetByLabel("Stillingsbetegnelse").FillAsync("Bagermedhjælper");
        await Page.GetByLabel("Timer pr. uge").FillAsync("30");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forløb" }).ClickAsync();

        const string refusal = "En virksomhedspraktik varer højst 13 uger, eller 26 uger når den er forlænget. Vælg en tidligere planlagt slutdato.";
        await Expect(Page.GetByLabel("Planlagt slutdato")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#placement-plannedenddate-error")).ToContainTextAsync(refusal);
        await Expect(summary).ToContainTextAsync(refusal);
        await Expect(Page.GetByLabel("Planlagt slutdato")).ToHaveValueAsync("2026-07-13");
        await Expect(Page.GetByLabel("Stillingsbetegnelse")).ToHaveValueAsync("Bagermedhjælper");
        await Expect(Page.GetByLabel("Timer pr. uge")).ToHaveValueAsync("30");
        await CheckPageAsync(Page, "Opret forløb", "forloeb-ny-for-lang");
        var placements = await (await Data.Api.GetAsync("/api/v1/placements")).ReadAsync<Page<PlacementDto>>();
        Assert.Empty(placements.Items);

        // Marked as extended, the same dates are within the law.
        await Page.GetByLabel("Forlænget virksomhedspraktik").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forløb" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er oprettet.");
    }

    [Fact]
    public async Task A_follow_up_is_completed_with_its_Udfald()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "ordinaryEmployment", "2026-01-05");
        await SignInAsync(Page, "consultant", $"/forloeb/{placement.Id}");

        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-opfoelgning");
        await Expect(Row(Page, "Opfølgning efter 1 måned")).ToContainTextAsync("Forsinket");
        var forms = Page.Locator("#followup-forms");
        await Expect(forms.GetByRole(AriaRole.Heading, new() { Level = 3 }).First)
            .ToHaveTextAsync("Registrér: Opfølgning efter 1 måned, forfalder 5. februar 2026");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrér opfølgningen" }).ClickAsync();
        await Expect(Page.GetByLabel("Udfald", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Udfyld feltet.");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-opfoelgning-fejl");

        await Page.GetByLabel("Udfald", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "I job i samme virksomhed" });
        await Page.GetByLabel("Virksomhedens tilfredshed").SelectOptionAsync("4");
        await Page.GetByLabel("Noter").FillAsync("Trives i bageriet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrér opfølgningen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Opfølgningen er registreret.");
        var done = Row(Page, "Opfølgning efter 1 måned");
        await Expect(done).ToContainTextAsync("Gennemført");
        await Expect(done).ToContainTextAsync("I job i samme virksomhed");
        await Expect(done).ToContainTextAsync($"af {Consultant}");
        await Expect(done).Not.ToContainTextAsync("Forsinket");
        // The next pending follow-up is the one to record now.
        await Expect(forms.GetByRole(AriaRole.Heading, new() { Level = 3 }).First)
            .ToHaveTextAsync("Registrér: Opfølgning efter 3 måneder, forfalder 5. april 2026");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-opfoelgning-registreret");

        var followUp = (await Data.ReadAsync(placement.Id)).FollowUps.Single(f => f.Milestone == Milestone.OneMonth);
        Assert.Equal((FollowUpStatus.Completed, Outcome.EmployedSameCompany, 4, "Trives i bageriet"),
            (followUp.Status, followUp.Outcome!.Value, followUp.EmployerSatisfaction!.Value, followUp.Notes));
    }

    [Fact]
    public async Task A_follow_up_moves_only_with_a_Begrundelse()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "ordinaryEmployment", "2026-01-05");
        await SignInAsync(Page, "consultant", $"/forloeb/{placement.Id}");
        var threeMonths = placement.FollowUps.Single(f => f.Milestone == Milestone.ThreeMonths);
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-flyt");

        // The table picks which follow-up to work on.
        await Row(Page, "Opfølgning efter 3 måneder").GetByRole(AriaRole.Link, new() { Name = "Registrér eller flyt: Opfølgning efter 3 måneder" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"opfoelgning={threeMonths.Id}"));
        await Expect(Page.Locator("#followup-forms h3").First).ToHaveTextAsync("Registrér: Opfølgning efter 3 måneder, forfalder 5. april 2026");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-flyt-valgt");
        await Page.GetByLabel("Ny dato").FillAsync("2026-04-14");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Flyt opfølgningen" }).ClickAsync();

        await Expect(Page.GetByLabel("Begrundelse")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#reschedule-reason-error")).ToContainTextAsync("Udfyld feltet.");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Udfyld feltet.");
        await Expect(Page.GetByLabel("Ny dato")).ToHaveValueAsync("2026-04-14");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-flyt-fejl");

        await Page.GetByLabel("Begrundelse").FillAsync("Kontaktpersonen er på ferie");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Flyt opfølgningen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Opfølgningen er flyttet.");
        var moved = Row(Page, "Opfølgning efter 3 måneder");
        await Expect(moved).ToContainTextAsync("14. april 2026");
        await Expect(moved).ToContainTextAsync("Flyttet: Kontaktpersonen er på ferie");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-flyttet");
        var followUp = (await Data.ReadAsync(placement.Id)).FollowUps.Single(f => f.Id == threeMonths.Id);
        Assert.Equal((new DateOnly(2026, 4, 14), "Kontaktpersonen er på ferie"), (followUp.DueDate, followUp.RescheduledReason));
    }

    [Fact]
    public async Task An_internship_is_extended_within_the_law_and_then_ended()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "internship", "2026-02-02", "2026-04-24");
        await SignInAsync(Page, "consultant", $"/forloeb/{placement.Id}");
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-praktik");
        var extend = Section(Page, "Forlæng forløbet");
        await Expect(Section(Page, "Ret forløbet")).ToContainTextAsync("Forløbet er begyndt, så datoerne ændres kun ved forlængelse eller afslutning.");
        await Expect(Section(Page, "Ret forløbet").GetByLabel("Startdato")).ToHaveCountAsync(0);

        // 26 weeks from 2 February is 3 August.
        await extend.GetByLabel("Ny planlagt slutdato").FillAsync("2026-08-10");
        await extend.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();
        const string refusal = "En forlænget virksomhedspraktik varer højst 26 uger fra startdatoen. Vælg en tidligere planlagt slutdato.";
        await Expect(extend.GetByLabel("Ny planlagt slutdato")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(extend.Locator(".alert-error")).ToContainTextAsync(refusal);
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-forlaeng-afvist");

        await extend.GetByLabel("Ny planlagt slutdato").FillAsync("2026-06-26");
        await extend.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er forlænget. Disse opfølgninger er flyttet med: " +
            "Opfølgning ved afslutning til 26. juni 2026, Opfølgning 3 måneder efter afslutning til 26. september 2026.");
        await Expect(Page.Locator(".details-list")).ToContainTextAsync("Ja, højst 26 uger");
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-forlaenget");

        var end = Section(Page, "Afslut forløbet");
        await end.GetByLabel("Slutdato").FillAsync("2026-03-20");
        await end.GetByLabel("Årsag").SelectOptionAsync(new SelectOptionValue { Label = "Ansat i virksomheden" });
        await end.GetByRole(AriaRole.Button, new() { Name = "Afslut forløbet" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er afsluttet.");
        await Expect(Page.Locator(".details-list")).ToContainTextAsync("20. marts 2026");
        await Expect(Page.Locator(".details-list")).ToContainTextAsync("Ansat i virksomheden");
        // An ended placement is neither extended nor ended again.
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Afslut forløbet" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" })).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-afsluttet");
        var ended = await Data.ReadAsync(placement.Id);
        Assert.Equal((new DateOnly(2026, 3, 20), EndReason.HiredByCompany, new DateOnly(2026, 6, 26)), (ended.EndDate!.Value, ended.EndReason!.Value, ended.PlannedEndDate!.Value));
    }

    [Fact]
    public async Task A_planned_placement_has_its_dates_corrected_and_its_follow_ups_move_with_them()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "ordinaryEmployment", "2026-04-01");
        await SignInAsync(Page, "consultant", $"/forloeb/{placement.Id}");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-planlagt");
        var correct = Section(Page, "Ret forløbet");

        await correct.GetByLabel("Startdato").FillAsync("2026-04-08");
        await correct.GetByLabel("Stillingsbetegnelse").FillAsync("Bagermedhjælper");
        await correct.GetByRole(AriaRole.Button, new() { Name = "Gem rettelserne" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbets oplysninger er rettet.");
        await Expect(Page.Locator(".details-list")).ToContainTextAsync("8. april 2026");
        await Expect(Row(Page, "Opfølgning efter 1 måned")).ToContainTextAsync("8. maj 2026");
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "forloeb-rettet");
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_named_and_the_input_is_kept()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "internship", "2026-02-02", "2026-04-24");
        await SignInAsync(Page, "consultant", $"/forloeb/{placement.Id}");
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-foer-aendring");

        var corrected = await Data.Api.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "Bagermedhjælper", hoursPerWeek = 30, startDate = "2026-02-02", plannedEndDate = "2026-04-24" });
        await corrected.ShouldBe(HttpStatusCode.OK);
        var extend = Section(Page, "Forlæng forløbet");
        await extend.GetByLabel("Ny planlagt slutdato").FillAsync("2026-05-01");
        await extend.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();

        await Expect(extend.Locator(".alert-error")).ToContainTextAsync("Nogen har ændret forløbet imens; se den nye version.");
        await Expect(extend.GetByLabel("Ny planlagt slutdato")).ToHaveValueAsync("2026-05-01");
        await Expect(Page.Locator(".details-list")).ToContainTextAsync("Bagermedhjælper");
        await CheckPageAsync(Page, "Virksomhedspraktik hos Bageriet Blomst ApS", "forloeb-aendret-imens");

        // Having seen the new version, the user sends the same again.
        await extend.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Forløbet er forlænget.");
    }

    [Fact]
    public async Task An_analyst_has_no_access_to_placements_or_follow_ups()
    {
        var company = await Data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await Data.CandidateAsync("Amal Hassan");
        var placement = await Data.PlacementAsync(candidate, company, "ordinaryEmployment", "2026-01-05");
        await SignInAsync(Page, "analyst", "/virksomheder");
        await CheckPageAsync(Page, "Virksomheder", "virksomheder-analytiker");

        foreach (var (path, screenshot) in new[]
                 {
                     ($"/forloeb/ny?kandidat={candidate.Id}", "forloeb-ny-analytiker"),
                     ($"/forloeb/{placement.Id}", "forloeb-analytiker"),
                     ("/opfoelgninger", "opfoelgninger-analytiker"),
                 })
        {
            var response = await Page.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
            await CheckPageAsync(Page, "Ingen adgang", screenshot);
            await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amal Hassan");
        }
    }
}
