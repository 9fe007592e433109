using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Companies.Imports;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Api.Tests.CompanyRegister;

public class CompanyImportTests(ApiFactory api) : ApiTest(api)
{
    private const string Bakery = "13585628";
    private const string Cleaning = "62761113";
    private const string Builder = "17150413";

    [Fact]
    public async Task An_extract_creates_its_companies_and_workplaces_and_the_same_file_again_changes_nothing()
    {
        var consultant = await ConsultantAsync();
        var file = CompanyImportData.Extract(
            $"{Bakery};Gentofte Bageri ApS;Bernstorffsvej 20;2900;Hellerup;107100;10-19 ansatte;;1012345678",
            $"{Bakery};Gentofte Bageri ApS;Bernstorffsvej 20;2900;Hellerup;107100;10-19 ansatte;;1012345679",
            $"{Cleaning};Hellerup Rengøring;Strandvejen 100;2900;Hellerup;812100;4;;",
            $"{Builder};Ordrup Byg A/S;Ordrupvej 5;2920;Charlottenlund;412000;120;31-05-2024;");

        var first = await consultant.ImportAsync(file);

        Assert.Equal(ImportStatus.Completed, first.Status);
        Assert.Equal((4, 4, 0, 0, 0), (first.RowsRead, first.Created, first.Updated, first.Unchanged, first.Invalid));
        Assert.Empty(first.InvalidRows);
        var bakery = await FindAsync(consultant, Bakery);
        Assert.Equal("Gentofte Bageri ApS", bakery.Name);
        Assert.Equal(("Bernstorffsvej 20", "2900", "Hellerup"), (bakery.Address!.Street, bakery.Address.PostalCode, bakery.Address.City));
        Assert.Equal("107100", bakery.IndustryCode);
        Assert.Equal(10, bakery.EmployeeCount);
        Assert.Null(bakery.CeasedOn);
        Assert.Equal(new DateOnly(2024, 5, 31), (await FindAsync(consultant, Builder)).CeasedOn);
        Assert.Equal(["1012345678", "1012345679"], await PNumbersAsync(Bakery));
        var etag = (await consultant.GetAsync($"/api/v1/companies/{bakery.Id}")).Headers.ETag;

        var again = await consultant.ImportAsync(file);

        Assert.Equal((4, 0, 0, 4, 0), (again.RowsRead, again.Created, again.Updated, again.Unchanged, again.Invalid));
        Assert.Equal(etag, (await consultant.GetAsync($"/api/v1/companies/{bakery.Id}")).Headers.ETag);
    }

    [Fact]
    public async Task The_register_lookup_answers_from_the_last_imported_extract_even_after_a_hand_edit()
    {
        var consultant = await ConsultantAsync();
        await consultant.ImportAsync(CompanyImportData.Extract(
            $"{Bakery};Gentofte Bageri ApS;Bernstorffsvej 20;2900;Hellerup;107100;12;;1012345678"));
        var company = await FindAsync(consultant, Bakery);
        await Revise(consultant, company, new { cvr = Bakery, name = "Bageriet på hjørnet" });

        var lookup = await consultant.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/companies/lookup?cvr={Bakery}");

        Assert.Equal("extract", lookup.GetProperty("source").GetString());
        Assert.Equal("Gentofte Bageri ApS", lookup.GetProperty("name").GetString());
        Assert.Equal("Bernstorffsvej 20", lookup.GetProperty("address").GetProperty("street").GetString());
        Assert.Equal(12, lookup.GetProperty("employeeCount").GetInt32());
        Assert.Equal(company.Id, lookup.GetProperty("existingId").GetGuid());
        Assert.Equal("1012345678", lookup.GetProperty("workplaces")[0].GetProperty("pNumber").GetString());
    }

    [Fact]
    public async Task A_field_a_consultant_changed_after_the_import_is_kept_while_the_others_follow_the_register()
    {
        var consultant = await ConsultantAsync();
        await consultant.ImportAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri ApS;Bernstorffsvej 20;2900;Hellerup;107100;12;;"));
        var imported = await FindAsync(consultant, Bakery);
        await Revise(consultant, imported, new
        {
            cvr = Bakery, name = "Bageriet på hjørnet", industryCode = "107100",
            address = new { street = "Bernstorffsvej 20", postalCode = "2900", city = "Hellerup" }, employeeCount = 12,
        });

        var next = await consultant.ImportAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri A/S;Ryvangs Allé 1;2100;København Ø;107100;25;;"));

        Assert.Equal((1, 0, 1, 0), (next.RowsRead, next.Created, next.Updated, next.Unchanged));
        var company = await FindAsync(consultant, Bakery);
        Assert.Equal("Bageriet på hjørnet", company.Name);
        Assert.Equal(("Ryvangs Allé 1", "2100", "København Ø"), (company.Address!.Street, company.Address.PostalCode, company.Address.City));
        Assert.Equal(25, company.EmployeeCount);

        // The name stays the consultant's on every later import too.
        await consultant.ImportAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri Holding A/S;Ryvangs Allé 1;2100;København Ø;107100;25;;"));
        Assert.Equal("Bageriet på hjørnet", (await FindAsync(consultant, Bakery)).Name);
    }

    [Fact]
    public async Task A_company_typed_by_hand_before_any_import_keeps_what_was_typed_and_gets_what_was_missing()
    {
        var consultant = await ConsultantAsync();
        await (await consultant.PostAsJsonAsync("/api/v1/companies", new { cvr = Cleaning, name = "Rengøring Hellerup", industryCode = "812900" }))
            .ShouldBe(HttpStatusCode.Created);

        var import = await consultant.ImportAsync(CompanyImportData.Extract($"{Cleaning};Hellerup Rengøring ApS;Strandvejen 100;2900;Hellerup;812100;4;;"));

        Assert.Equal((0, 1, 0), (import.Created, import.Updated, import.Unchanged));
        var company = await FindAsync(consultant, Cleaning);
        Assert.Equal("Rengøring Hellerup", company.Name);
        Assert.Equal("812900", company.IndustryCode);
        Assert.Equal(4, company.EmployeeCount);
        Assert.Equal("Strandvejen 100", company.Address!.Street);
    }

    [Fact]
    public async Task Broken_rows_are_reported_with_line_column_and_reason_and_the_good_rows_are_imported()
    {
        var consultant = await ConsultantAsync();
        // Windows line ends, a column the import does not know, and a name in Latin-1 bytes amid UTF-8.
        var lines = new[]
        {
            "CVR-nummer;Navn;Postnr;By;Adresse;Telefon",
            $"{Bakery};Gentofte Bageri;2900;Hellerup;Bernstorffsvej 20;39 98 00 00",
            "13585627;Forkert Kontrolciffer ApS;2900;Hellerup;Strandvejen 1;",
            $"{Cleaning};;2900;Hellerup;Strandvejen 100;",
            $"{Builder};\"Ordrup Byg;2920;Charlottenlund;Ordrupvej 5;",
            "29189706;Jægersborg Værksted;2820;Gentofte;Jægersborg Allé 4;;ekstra",
            "19319970;@LATIN1@;2820;Gentofte;Søborg Hovedgade 1;",
            "",
        };
        var text = string.Join("\r\n", lines);
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text[..text.IndexOf("@LATIN1@", StringComparison.Ordinal)]));
        bytes.AddRange(Encoding.Latin1.GetBytes("Bøgely Smørrebrød"));
        bytes.AddRange(Encoding.UTF8.GetBytes(text[(text.IndexOf("@LATIN1@", StringComparison.Ordinal) + "@LATIN1@".Length)..]));

        var import = await consultant.ImportAsync([.. bytes]);

        Assert.Equal(ImportStatus.Completed, import.Status);
        Assert.Equal((6, 2, 4), (import.RowsRead, import.Created, import.Invalid));
        Assert.Equal(["Telefon"], import.IgnoredColumns);
        Assert.Equal(
            [(3, "CVR-nummer", "cvrInvalid"), (4, "Navn", "nameMissing"), (5, null, "openQuote"), (6, null, "tooManyFields")],
            import.InvalidRows.Select(r => (r.Line, r.Column, r.Code)).ToList());
        Assert.All(import.InvalidRows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal("Bøgely Smørrebrød", (await FindAsync(consultant, "19319970")).Name);
        Assert.Equal("Bernstorffsvej 20", (await FindAsync(consultant, Bakery)).Address!.Street);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM companies"));
    }

    [Fact]
    public async Task A_dry_run_counts_as_the_import_would_and_writes_nothing()
    {
        var consultant = await ConsultantAsync();
        await consultant.RegisterCompanyAsync(Cleaning, "Hellerup Rengøring");
        var file = CompanyImportData.Extract(
            $"{Bakery};Gentofte Bageri;Bernstorffsvej 20;2900;Hellerup;107100;12;;1012345678",
            $"{Cleaning};Hellerup Rengøring;Strandvejen 100;2900;Hellerup;812100;4;;",
            "13585627;Forkert;Strandvejen 1;2900;Hellerup;;;;");

        var dryRun = await consultant.ImportAsync(file, dryRun: true);

        Assert.True(dryRun.DryRun);
        Assert.Equal((3, 1, 1, 0, 1), (dryRun.RowsRead, dryRun.Created, dryRun.Updated, dryRun.Unchanged, dryRun.Invalid));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM companies"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM workplaces"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM companies WHERE register_record IS NOT NULL"));

        var real = await consultant.ImportAsync(file);
        Assert.Equal((dryRun.Created, dryRun.Updated, dryRun.Unchanged, dryRun.Invalid), (real.Created, real.Updated, real.Unchanged, real.Invalid));
    }

    [Fact]
    public async Task A_CVR_number_or_P_number_given_twice_is_invalid_the_second_time()
    {
        var consultant = await ConsultantAsync();
        var import = await consultant.ImportAsync(CompanyImportData.Extract(
            $"{Bakery};Gentofte Bageri;;;;;;;",
            $"{Bakery};Gentofte Bageri igen;;;;;;;",
            $"{Cleaning};Hellerup Rengøring;;;;;;;1012345678",
            $"{Builder};Ordrup Byg;;;;;;;1012345678"));

        Assert.Equal((4, 2, 2), (import.RowsRead, import.Created, import.Invalid));
        Assert.Equal([(3, "CVR-nummer", "duplicate"), (5, "P-nummer", "duplicate")],
            import.InvalidRows.Select(r => (r.Line, r.Column, r.Code)).ToList());
        Assert.Contains("line 2", import.InvalidRows[0].Reason);
    }

    [Fact]
    public async Task English_column_names_and_commas_are_read_too()
    {
        var consultant = await ConsultantAsync();
        var file = Encoding.UTF8.GetBytes($"cvr,name,address,postalCode,city,industryCode,employees,ceasedOn,pNumber\n{Bakery},\"Gentofte Bageri, Hellerup\",Bernstorffsvej 20,2900,Hellerup,107100,12,2030-01-31,\n");

        var import = await consultant.ImportAsync(file);

        Assert.Equal((1, 1, 0), (import.RowsRead, import.Created, import.Invalid));
        var company = await FindAsync(consultant, Bakery);
        Assert.Equal("Gentofte Bageri, Hellerup", company.Name);
        Assert.Equal(new DateOnly(2030, 1, 31), company.CeasedOn);
    }

    [Fact]
    public async Task A_file_the_import_cannot_use_is_refused_at_once_and_nothing_is_queued()
    {
        var consultant = await ConsultantAsync();

        var noCvrColumn = await consultant.UploadAsync(Encoding.UTF8.GetBytes("Navn;By\nGentofte Bageri;Hellerup\n"));
        var problem = await noCvrColumn.ShouldBe(HttpStatusCode.BadRequest);
        Assert.Contains("CVR", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        await (await consultant.UploadAsync([])).ShouldBe(HttpStatusCode.BadRequest);

        var json = await consultant.PostAsJsonAsync("/api/v1/companies/imports", new { cvr = Bakery });
        await json.ShouldBe(HttpStatusCode.UnsupportedMediaType);

        // Asks before sending the body, as a careful client does, so the refusal is read rather than cut off mid-upload.
        var tooLarge = new ByteArrayContent(new byte[CvrExtract.MaxBytes + 1]);
        tooLarge.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/companies/imports") { Content = tooLarge };
        upload.Headers.ExpectContinue = true;
        await (await consultant.SendAsync(upload)).ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM company_imports"));
    }

    [Fact]
    public async Task Only_consultants_and_administrators_import_and_every_import_is_audited()
    {
        var analyst = await AnalystAsync();
        await (await analyst.UploadAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri;;;;;;;"))).ShouldBe(HttpStatusCode.Forbidden);

        var admin = await AdminAsync();
        var import = await admin.ImportAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri;;;;;;;"));
        await (await analyst.GetAsync($"/api/v1/companies/imports/{import.Id}")).ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"/api/v1/companies/imports/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);

        var audit = await admin.GetFromJsonAsync<Page<AuditLine>>($"/api/v1/audit?entity=companyImport&entityId={import.Id}", JsonOptions);
        Assert.Equal(["complete", "statusChange", "create"], audit!.Items.Select(line => line.Action).ToList());
    }

    [Fact]
    public async Task The_uploaded_file_is_let_go_once_the_import_has_finished()
    {
        var consultant = await ConsultantAsync();
        await consultant.ImportAsync(CompanyImportData.Extract($"{Bakery};Gentofte Bageri;;;;;;;"));

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM company_imports WHERE content IS NOT NULL"));
    }

    private sealed record AuditLine(string Action, string Entity);

    private static async Task<CompanyDto> FindAsync(HttpClient client, string cvr)
    {
        var page = await client.GetFromJsonAsync<Page<CompanyDto>>($"/api/v1/companies?search={cvr}", JsonOptions);
        return Assert.Single(page!.Items);
    }

    private static async Task Revise(HttpClient client, CompanyDto company, object body)
    {
        var read = await client.GetAsync($"/api/v1/companies/{company.Id}");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{company.Id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<List<string>> PNumbersAsync(string cvr)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT w.p_number FROM workplaces w JOIN companies c ON c.id = w.company_id WHERE c.cvr = @cvr ORDER BY w.p_number", connection);
        command.Parameters.AddWithValue("cvr", cvr);
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) numbers.Add(reader.GetString(0));
        return numbers;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
