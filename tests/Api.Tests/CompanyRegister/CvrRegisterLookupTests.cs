using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>Looking a company up with the CVR register configured: the API asks the register's search over HTTP.</summary>
public class CvrRegisterLookupTests(CvrRegisterApi api) : IClassFixture<CvrRegisterApi>, IAsyncLifetime
{
    private const string Cvr = "31580005";

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        api.Register.Now = FakeCvrRegister.Behaviour.Answer;
        api.Register.Document = JsonNode.Parse(FakeCvrRegister.RecordedDocument)!;
        api.Register.Received.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_register_is_asked_for_the_cvr_number_with_the_configured_credentials_and_its_document_read()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");

        var found = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);

        var search = Assert.Single(api.Register.Received);
        Assert.Equal("/cvr-permanent/virksomhed/_search", search.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeCvrRegister.UserName}:{FakeCvrRegister.Password}")), search.Authorization);
        Assert.Equal(31580005, search.Body["query"]!["term"]!["Vrvirksomhed.cvrNummer"]!.GetValue<long>());

        Assert.Equal(Cvr, found.GetProperty("cvr").GetString());
        Assert.Equal("Strandvejens Køkken & Catering ApS", found.GetProperty("name").GetString());
        Assert.Equal("562100", found.GetProperty("industryCode").GetString());
        Assert.Equal("Strandvejen 152B", found.GetProperty("address").GetProperty("street").GetString());
        Assert.Equal("2900", found.GetProperty("address").GetProperty("postalCode").GetString());
        Assert.Equal("Hellerup", found.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(34, found.GetProperty("employeeCount").GetInt32());
        Assert.True(!found.TryGetProperty("ceasedOn", out var ceased) || ceased.ValueKind == JsonValueKind.Null);
        Assert.Equal(["1017345621", "1024450913"], found.GetProperty("workplaces").EnumerateArray().Select(w => w.GetProperty("pNumber").GetString()));
        Assert.Equal("cvr", found.GetProperty("source").GetString());
        Assert.True(!found.TryGetProperty("existingId", out var none) || none.ValueKind == JsonValueKind.Null);

        var company = await client.RegisterCompanyAsync(Cvr, "Strandvejens Køkken");
        var again = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(company.Id, again.GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task A_ceased_company_with_only_a_size_band_gets_the_end_of_its_life_and_the_bands_lower_bound()
    {
        var company = api.Register.Document["hits"]!["hits"]![0]!["_source"]!["Vrvirksomhed"]!;
        company["livsforloeb"] = JsonNode.Parse("""
            [{"periode": {"gyldigFra": "2008-06-01", "gyldigTil": "2015-03-31"}},
             {"periode": {"gyldigFra": "2016-01-01", "gyldigTil": "2026-09-30"}}]
            """);
        var metadata = company["virksomhedMetadata"]!.AsObject();
        metadata["sammensatStatus"] = "OPHØRT";
        metadata.Remove("nyesteMaanedsbeskaeftigelse");
        metadata["nyesteKvartalsbeskaeftigelse"] = JsonNode.Parse("""{"aar": 2026, "kvartal": 2, "antalAnsatte": null, "intervalKodeAntalAnsatte": "ANTAL_10_19"}""");
        var client = await api.ClientAsync("consultant", "Anna Jensen");

        var found = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("2026-09-30", found.GetProperty("ceasedOn").GetString());
        Assert.Equal(10, found.GetProperty("employeeCount").GetInt32());
    }

    [Fact]
    public async Task A_cvr_number_the_register_does_not_know_answers_404()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        await (await client.GetAsync("/api/v1/companies/lookup?cvr=31580013")).ShouldBe(HttpStatusCode.NotFound);
        Assert.Single(api.Register.Received);
    }

    [Fact]
    public async Task A_register_that_fails_answers_503_not_500()
    {
        api.Register.Now = FakeCvrRegister.Behaviour.Fail;
        var client = await api.ClientAsync("consultant", "Anna Jensen");

        var response = await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}");

        var problem = await response.ShouldBe(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("register", problem.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_register_that_does_not_answer_in_time_answers_503_not_500()
    {
        api.Register.Now = FakeCvrRegister.Behaviour.Hang;
        var client = await api.ClientAsync("consultant", "Anna Jensen");

        var problem = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("did not answer within 2 seconds", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_bad_cvr_number_is_refused_before_the_register_is_asked()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        await (await client.GetAsync("/api/v1/companies/lookup?cvr=31580006")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.Empty(api.Register.Received);
    }
}
