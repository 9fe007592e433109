using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>Looking a company up without the CVR register configured: the answer is the last imported extract.</summary>
public class RegisterLookupTests(ApiFactory api) : ApiTest(api)
{
    private const string Cvr = "31580013";

    [Fact]
    public async Task The_extract_answers_what_the_register_said_even_after_the_name_was_corrected_by_hand()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync(Cvr, "Hellerup Smørrebrød", "561010");
        await SetRegisterRecordAsync(company.Id,
            """{"name": "Hellerup Smørrebrød ApS", "street": "Strandvejen 120", "postalCode": "2900", "city": "Hellerup", "industryCode": "561010", "employeeCount": 12, "ceasedOn": "2026-05-31"}""",
            ("1017345621", """{"street": "Strandvejen 120", "postalCode": "2900", "city": "Hellerup"}"""),
            ("1024450913", """{"street": "Ordrupvej 60", "postalCode": "2920", "city": "Charlottenlund"}"""));
        var read = await client.GetAsync($"/api/v1/companies/{company.Id}");
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{company.Id}")
        {
            Content = JsonContent.Create(TestData.Company(Cvr, "Smørrebrødshuset ved Stranden")),
        };
        revise.Headers.IfMatch.Add(read.Headers.ETag!);
        await (await client.SendAsync(revise)).ShouldBe(HttpStatusCode.OK);

        var found = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(Cvr, found.GetProperty("cvr").GetString());
        Assert.Equal("Hellerup Smørrebrød ApS", found.GetProperty("name").GetString());
        Assert.Equal("561010", found.GetProperty("industryCode").GetString());
        Assert.Equal("Strandvejen 120", found.GetProperty("address").GetProperty("street").GetString());
        Assert.Equal("2900", found.GetProperty("address").GetProperty("postalCode").GetString());
        Assert.Equal("Hellerup", found.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(12, found.GetProperty("employeeCount").GetInt32());
        Assert.Equal("2026-05-31", found.GetProperty("ceasedOn").GetString());
        Assert.Equal(company.Id, found.GetProperty("existingId").GetGuid());
        Assert.Equal("extract", found.GetProperty("source").GetString());
        Assert.Equal(
            [("1017345621", "Strandvejen 120"), ("1024450913", "Ordrupvej 60")],
            found.GetProperty("workplaces").EnumerateArray()
                .Select(w => (w.GetProperty("pNumber").GetString(), w.GetProperty("address").GetProperty("street").GetString())));
    }

    [Fact]
    public async Task Keys_the_register_left_out_are_null_and_a_workplace_without_a_record_is_not_the_registers()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync(Cvr, "Hellerup Smørrebrød", "561010");
        await SetRegisterRecordAsync(company.Id, """{"name": "Hellerup Smørrebrød ApS"}""", ("1017345621", null));

        var found = await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("Hellerup Smørrebrød ApS", found.GetProperty("name").GetString());
        foreach (var key in new[] { "industryCode", "address", "employeeCount", "ceasedOn" })
            Assert.True(!found.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null, key);
        Assert.Empty(found.GetProperty("workplaces").EnumerateArray());
    }

    [Fact]
    public async Task A_cvr_number_the_extract_did_not_deliver_answers_404_even_when_the_crm_has_the_company()
    {
        var client = await ConsultantAsync();
        await client.RegisterCompanyAsync(Cvr, "Hellerup Smørrebrød");

        await (await client.GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/companies/lookup?cvr=31580021")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?cvr=31580014")]
    [InlineData("?cvr=0158001")]
    [InlineData("?cvr=abcdefgh")]
    [InlineData("?cvr=")]
    [InlineData("")]
    public async Task A_cvr_number_that_is_not_one_answers_400_naming_cvr(string query)
    {
        var client = await ConsultantAsync();
        var problem = await (await client.GetAsync($"/api/v1/companies/lookup{query}")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cvr", out _));
    }

    [Fact]
    public async Task Only_those_who_register_companies_may_look_them_up()
    {
        var company = await (await ConsultantAsync()).RegisterCompanyAsync(Cvr, "Hellerup Smørrebrød");
        await SetRegisterRecordAsync(company.Id, """{"name": "Hellerup Smørrebrød ApS"}""");

        await (await (await AnalystAsync()).GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await AdminAsync()).GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.OK);
        await (await Api.CreateClient().GetAsync($"/api/v1/companies/lookup?cvr={Cvr}")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>What an import of the register's extract leaves behind: its record beside the company and its workplaces.</summary>
    private async Task SetRegisterRecordAsync(Guid companyId, string record, params (string PNumber, string? Record)[] workplaces)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using (var update = new NpgsqlCommand("UPDATE companies SET register_record = @record::jsonb WHERE id = @id", connection))
        {
            update.Parameters.AddWithValue("record", record);
            update.Parameters.AddWithValue("id", companyId);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        foreach (var (pNumber, workplaceRecord) in workplaces)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO workplaces (id, company_id, p_number, register_record, created_at, updated_at)
                VALUES (gen_random_uuid(), @company, @pNumber, @record::jsonb, now(), now())
                """, connection);
            insert.Parameters.AddWithValue("company", companyId);
            insert.Parameters.AddWithValue("pNumber", pNumber);
            insert.Parameters.Add(new NpgsqlParameter("record", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)workplaceRecord ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync();
        }
    }
}
