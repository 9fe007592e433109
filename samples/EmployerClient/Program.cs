using PartnerCrm.EmployerClient.Generated;

// Posts an internship offer, lists the candidates referred to it, changes it and closes it, with
// nothing but an API key.
// Usage: dotnet run --project samples/EmployerClient -- <base-url> <api-key>
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: EmployerClient <base-url, e.g. http://localhost:5080> <api-key>");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
http.DefaultRequestHeaders.Add("X-Api-Key", args[1]);
var crm = new PartnerCrmClient(http);

try
{
    var company = await crm.EmployerGetCompanyAsync();
    Console.WriteLine($"Signed in as {company.Name} (CVR {company.Cvr}).");

    var offer = new InternshipOfferInput
    {
        Title = "Praktik som lagermedarbejder",
        Description = "Plukning og pakning af ordrer.",
        City = "Gentofte",
        PostalCode = "2820",
        StartDate = DateOnly.FromDateTime(DateTime.Today.AddMonths(2)),
        DurationWeeks = 8,
        HoursPerWeek = 25,
        Slots = 2,
        DanishLevel = DanishLevel.DU2,
        ExternalReference = $"HR-{Guid.NewGuid():N}"[..20],
    };

    // The same Idempotency-Key on a retry makes the retry safe: one offer, however often it is sent.
    var idempotencyKey = Guid.NewGuid().ToString();
    var posted = await crm.EmployerPostAsync(offer, idempotencyKey);
    var retried = await crm.EmployerPostAsync(offer, idempotencyKey);
    Console.WriteLine($"Posted offer {posted.Id} ({posted.Status}); a retry returned {retried.Id}.");

    // The jobcenter refers candidates to open offers; each comes as a pseudonymous card. A new offer has none yet.
    var referrals = await crm.EmployerListReferralsAsync(posted.Id);
    Console.WriteLine($"Offer {posted.Id} has {referrals.Items.Count} referred candidate(s).");
    foreach (var referral in referrals.Items)
        Console.WriteLine($"  {referral.Candidate.Alias}: {referral.Status}, Danish {referral.Candidate.DanishLevel ?? "not registered"}, {referral.Candidate.AgeBand}");

    offer.Slots = 3;
    offer.HoursPerWeek = 30;
    var revised = await crm.EmployerReviseAsync(posted.Id, offer);
    Console.WriteLine($"Changed offer {revised.Id}: {revised.Slots} places, {revised.HoursPerWeek} hours a week.");

    var closed = await crm.EmployerCloseAsync(posted.Id, null);
    Console.WriteLine($"Closed offer {closed.Id}: status {closed.Status}.");
    return posted.Id == retried.Id && closed.Status == InternshipStatus.Closed ? 0 : 1;
}
catch (ApiException<ProblemDetails> problem)
{
    Console.Error.WriteLine($"PartnerCrm answered {problem.StatusCode}: {problem.Result.Title}. {problem.Result.Detail}");
    return 1;
}
catch (ApiException e)
{
    Console.Error.WriteLine($"PartnerCrm answered {e.StatusCode}: {e.Response}");
    return 1;
}
