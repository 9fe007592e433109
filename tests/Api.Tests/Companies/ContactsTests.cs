using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Companies;

public class ContactsTests(ApiFactory api) : ApiTest(api)
{
    private static object Contact(string name, bool isPrimary = false) =>
        new { name, title = "HR-chef", email = "mette@example.dk", phone = "+45 39 98 00 00", isPrimary };

    [Fact]
    public async Task Adding_a_contact_answers_201_and_it_can_be_read_back()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var response = await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Mette Holm", isPrimary: true));

        await response.ShouldBe(HttpStatusCode.Created);
        var contact = await response.ReadAsync<ContactDto>();
        Assert.Equal($"/api/v1/companies/{company.Id}/contacts/{contact.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Mette Holm", contact.Name);
        Assert.True(contact.IsPrimary);
        Assert.Equal(contact, await (await client.GetAsync(response.Headers.Location)).ReadAsync<ContactDto>());
    }

    [Fact]
    public async Task Contacts_are_listed_by_name_and_one_new_primary_replaces_the_old()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Søren Berg", isPrimary: true));
        await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Anne Lund", isPrimary: true));

        var response = await client.GetAsync($"/api/v1/companies/{company.Id}/contacts");
        await response.ShouldBe(HttpStatusCode.OK);
        var contacts = (await response.ReadAsync<Page<ContactDto>>()).Items;

        Assert.Equal(["Anne Lund", "Søren Berg"], contacts.Select(c => c.Name));
        Assert.Equal(["Anne Lund"], contacts.Where(c => c.IsPrimary).Select(c => c.Name));
    }

    [Fact]
    public async Task Putting_changes_a_contact_and_a_stale_etag_answers_412()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var created = await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Mette Holm"));
        var contact = await created.ReadAsync<ContactDto>();
        var url = $"/api/v1/companies/{company.Id}/contacts/{contact.Id}";

        var changed = await client.PutAsJsonAsync(url, new { name = "Mette Holm Nielsen", title = "Direktør", isPrimary = true });
        await changed.ShouldBe(HttpStatusCode.OK);
        var revised = await changed.ReadAsync<ContactDto>();
        Assert.Equal("Mette Holm Nielsen", revised.Name);
        Assert.Equal("Direktør", revised.Title);
        Assert.Null(revised.Email);

        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Contact("Another")) };
        stale.Headers.IfMatch.Add(created.Headers.ETag!);
        await (await client.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Deleting_a_contact_answers_204_and_then_404()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var contact = await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Mette Holm"))).ReadAsync<ContactDto>();
        var url = $"/api/v1/companies/{company.Id}/contacts/{contact.Id}";

        await (await client.DeleteAsync(url)).ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        await (await client.DeleteAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync(url, Contact("Mette Holm"))).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_contact_is_reached_only_through_its_own_company()
    {
        var client = await ConsultantAsync();
        var bakery = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var cleaner = await client.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        var contact = await (await client.PostAsJsonAsync($"/api/v1/companies/{bakery.Id}/contacts", Contact("Mette Holm"))).ReadAsync<ContactDto>();

        await (await client.GetAsync($"/api/v1/companies/{cleaner.Id}/contacts/{contact.Id}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/companies/{cleaner.Id}/contacts/{contact.Id}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_company_answers_404_and_invalid_contacts_400()
    {
        var client = await ConsultantAsync();
        await (await client.PostAsJsonAsync($"/api/v1/companies/{Guid.NewGuid()}/contacts", Contact("Mette Holm"))).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/companies/{Guid.NewGuid()}/contacts")).ShouldBe(HttpStatusCode.NotFound);

        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts",
            new { name = "", email = "not-an-email", phone = "12" })).ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Analysts_do_not_see_contact_persons()
    {
        var consultant = await ConsultantAsync();
        var company = await consultant.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var contact = await (await consultant.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("Mette Holm"))).ReadAsync<ContactDto>();

        var analyst = await AnalystAsync();
        await (await analyst.GetAsync($"/api/v1/companies/{company.Id}/contacts")).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync($"/api/v1/companies/{company.Id}/contacts/{contact.Id}")).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.PostAsJsonAsync($"/api/v1/companies/{company.Id}/contacts", Contact("X"))).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.DeleteAsync($"/api/v1/companies/{company.Id}/contacts/{contact.Id}")).ShouldBe(HttpStatusCode.Forbidden);

        var admin = await AdminAsync();
        await (await admin.GetAsync($"/api/v1/companies/{company.Id}/contacts")).ShouldBe(HttpStatusCode.OK);
    }
}
