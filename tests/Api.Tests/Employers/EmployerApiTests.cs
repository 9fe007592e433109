using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Api.Tests.Employers;

public class EmployerApiTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task An_employer_sees_its_own_company()
    {
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var response = await employer.GetAsync("/api/v1/employer/company");
        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(company.Id, (await response.ReadAsync<CompanyDto>()).Id);
    }

    [Fact]
    public async Task Posting_an_offer_answers_201_open_with_every_field()
    {
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");

        var response = await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(externalReference: "HR-1"));

        await response.ShouldBe(HttpStatusCode.Created);
        var offer = await response.ReadAsync<InternshipDto>();
        Assert.Equal($"/api/v1/employer/internships/{offer.Id}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(company.Id, offer.CompanyId);
        Assert.Equal(InternshipStatus.Open, offer.Status);
        Assert.Equal(DanishLevel.DU2, offer.DanishLevel);
        Assert.Equal((8, 25, 2), (offer.DurationWeeks, offer.HoursPerWeek, offer.Slots));
        Assert.Equal(new DateOnly(2027, 2, 1), offer.StartDate);
        Assert.Equal("HR-1", offer.ExternalReference);
        var body = await (await employer.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("DU2", body.GetProperty("danishLevel").GetString());
        Assert.Equal("open", body.GetProperty("status").GetString());

        var seenByStaff = await staff.GetAsync($"/api/v1/internships/{offer.Id}");
        await seenByStaff.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_draft_is_posted_as_a_draft_and_opened_by_put()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var draft = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(status: "draft"))).ReadAsync<InternshipDto>();
        Assert.Equal(InternshipStatus.Draft, draft.Status);

        var opened = await employer.PutAsJsonAsync($"/api/v1/employer/internships/{draft.Id}", EmployerData.Offer("Lager og pakning", status: "open", slots: 3));
        await opened.ShouldBe(HttpStatusCode.OK);
        var offer = await opened.ReadAsync<InternshipDto>();
        Assert.Equal(InternshipStatus.Open, offer.Status);
        Assert.Equal("Lager og pakning", offer.Title);
        Assert.Equal(3, offer.Slots);
    }

    [Theory]
    [InlineData("durationWeeks", 27)]
    [InlineData("durationWeeks", 0)]
    [InlineData("hoursPerWeek", 38)]
    [InlineData("slots", 51)]
    [InlineData("slots", 0)]
    public async Task Terms_out_of_bounds_answer_400_naming_the_field(string field, int value)
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var offer = System.Text.Json.JsonSerializer.SerializeToNode(EmployerData.Offer(), JsonOptions)!.AsObject();
        offer[field] = value;

        var problem = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", offer)).ShouldBe(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await (await employer.GetAsync("/api/v1/employer/internships")).ReadAsync<Page<InternshipDto>>()).Items);
    }

    [Fact]
    public async Task Missing_and_unknown_values_answer_400()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var problem = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", new { title = "" })).ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "title", "city", "postalCode", "startDate", "durationWeeks", "hoursPerWeek", "slots" })
            Assert.True(errors.TryGetProperty(field, out _), $"errors.{field} missing: {errors}");

        var badLevel = System.Text.Json.JsonSerializer.SerializeToNode(EmployerData.Offer(), JsonOptions)!.AsObject();
        badLevel["danishLevel"] = "fluent";
        Assert.True((await (await employer.PostAsJsonAsync("/api/v1/employer/internships", badLevel)).ShouldBe(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("danishLevel", out _));
        await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(status: "filled"))).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_external_reference_is_unique_per_company_409_with_the_existing_id()
    {
        var staff = await ConsultantAsync();
        var (_, _, bakery) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var (_, _, cleaner) = await Api.EmployerAsync(staff, "62761113", "Hellerup Rengøring");
        var first = await (await bakery.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(externalReference: "HR-7"))).ReadAsync<InternshipDto>();

        var problem = await (await bakery.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Another", externalReference: "HR-7")))
            .ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());

        await (await cleaner.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(externalReference: "HR-7"))).ShouldBe(HttpStatusCode.Created);
        var second = await (await bakery.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(externalReference: "HR-8"))).ReadAsync<InternshipDto>();
        await (await bakery.PutAsJsonAsync($"/api/v1/employer/internships/{second.Id}", EmployerData.Offer(externalReference: "HR-7")))
            .ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_companies_cannot_see_or_change_each_others_offers()
    {
        var staff = await ConsultantAsync();
        var (_, _, bakery) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var (_, _, cleaner) = await Api.EmployerAsync(staff, "62761113", "Hellerup Rengøring");
        var bakeryOffer = await (await bakery.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Bagerlærling"))).ReadAsync<InternshipDto>();
        await cleaner.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Rengøringsassistent"));

        var foreign = $"/api/v1/employer/internships/{bakeryOffer.Id}";
        var missing = $"/api/v1/employer/internships/{Guid.NewGuid()}";
        foreach (var url in new[] { foreign, missing })
        {
            var notThere = await (await cleaner.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
            await (await cleaner.PutAsJsonAsync(url, EmployerData.Offer("Overtaget"))).ShouldBe(HttpStatusCode.NotFound);
            await (await cleaner.PostAsync($"{url}/close", null)).ShouldBe(HttpStatusCode.NotFound);
            Assert.StartsWith("There is no internship with id", notThere.GetProperty("detail").GetString());
        }

        var cleanerList = await (await cleaner.GetAsync("/api/v1/employer/internships")).ReadAsync<Page<InternshipDto>>();
        Assert.Equal(["Rengøringsassistent"], cleanerList.Items.Select(o => o.Title));
        var untouched = await (await bakery.GetAsync(foreign)).ReadAsync<InternshipDto>();
        Assert.Equal(("Bagerlærling", InternshipStatus.Open), (untouched.Title, untouched.Status));
    }

    [Fact]
    public async Task Staff_tokens_do_not_work_on_employer_routes_and_keys_do_not_work_on_staff_routes()
    {
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");

        await (await staff.GetAsync("/api/v1/employer/company")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await staff.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer())).ShouldBe(HttpStatusCode.Unauthorized);
        await (await employer.GetAsync("/api/v1/companies")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await employer.GetAsync($"/api/v1/companies/{company.Id}")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await employer.GetAsync("/api/v1/internships")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await employer.PostAsJsonAsync($"/api/v1/companies/{company.Id}/api-keys", new { name = "more" })).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Closing_an_open_offer_and_what_cannot_be_changed_afterwards()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var offer = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer())).ReadAsync<InternshipDto>();
        var url = $"/api/v1/employer/internships/{offer.Id}";

        var closed = await employer.PostAsync($"{url}/close", null);
        await closed.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(InternshipStatus.Closed, (await closed.ReadAsync<InternshipDto>()).Status);
        await (await employer.PostAsync($"{url}/close", null)).ShouldBe(HttpStatusCode.OK);

        var refused = await (await employer.PutAsJsonAsync(url, EmployerData.Offer("Changed"))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("internshipNotEditable", refused.GetProperty("code").GetString());
        var reopen = await (await employer.PutAsJsonAsync(url, EmployerData.Offer(status: "open"))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("internshipNotEditable", reopen.GetProperty("code").GetString());

        var draft = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(status: "draft"))).ReadAsync<InternshipDto>();
        var closeDraft = await (await employer.PostAsync($"/api/v1/employer/internships/{draft.Id}/close", null)).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("invalidTransition", closeDraft.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_stale_etag_answers_412()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var created = await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer());
        var offer = await created.ReadAsync<InternshipDto>();
        var url = $"/api/v1/employer/internships/{offer.Id}";
        await (await employer.PutAsJsonAsync(url, EmployerData.Offer("First change"))).ShouldBe(HttpStatusCode.OK);

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(EmployerData.Offer("Second change")) };
        stale.Headers.IfMatch.Add(created.Headers.ETag!);
        await (await employer.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);
        var staleClose = new HttpRequestMessage(HttpMethod.Post, $"{url}/close");
        staleClose.Headers.IfMatch.Add(created.Headers.ETag!);
        await (await employer.SendAsync(staleClose)).ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("First change", (await (await employer.GetAsync(url)).ReadAsync<InternshipDto>()).Title);
    }

    [Fact]
    public async Task The_list_filters_by_status()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Open one"));
        await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Draft one", status: "draft"));

        var drafts = await (await employer.GetAsync("/api/v1/employer/internships?status=draft")).ReadAsync<Page<InternshipDto>>();
        Assert.Equal(["Draft one"], drafts.Items.Select(o => o.Title));
        await (await employer.GetAsync("/api/v1/employer/internships?status=pending")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
