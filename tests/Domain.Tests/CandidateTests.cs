using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Tests;

public class CandidateTests
{
    private static readonly CandidateDetails Amira = new(
        "J-2026-001", "Amira", 1994, Gender.Female, "sy", ResidenceBasis.Refugee, new DateOnly(2025, 6, 1),
        new DanishCourse(DanishTrack.DU2, 3), EducationLevel.UpperSecondary, "Vil gerne arbejde med mad");

    [Theory]
    [InlineData("0101901234")]
    [InlineData("010190-1234")]
    [InlineData("CPR 010190-1234 er noteret")]
    public void Text_that_looks_like_a_cpr_number_is_recognised(string text) => Assert.True(PersonalText.LooksLikeCpr(text));

    [Theory]
    [InlineData("J-2026-001")]
    [InlineData("01019-1234")]
    [InlineData("+45 39 98 00 00")]
    [InlineData(null)]
    public void Other_text_is_not(string? text) => Assert.False(PersonalText.LooksLikeCpr(text));

    [Fact]
    public void A_cpr_number_is_refused_in_every_text_field()
    {
        Assert.Equal("cprNotAllowed", Assert.Throws<DomainRuleException>(() => Candidate.Register(Amira with { CaseReference = "010190-1234" })).Code);
        Assert.Equal("cprNotAllowed", Assert.Throws<DomainRuleException>(() => Candidate.Register(Amira with { DisplayName = "Amira 0101901234" })).Code);
        Assert.Equal("cprNotAllowed", Assert.Throws<DomainRuleException>(() => Candidate.Register(Amira with { Notes = "cpr 010190-1234" })).Code);
    }

    [Fact]
    public void Erasure_removes_what_identifies_the_person_and_keeps_the_statistics()
    {
        var candidate = Candidate.Register(Amira);
        candidate.Erase(DateTimeOffset.UtcNow);
        Assert.True(candidate.IsErased);
        Assert.Null(candidate.CaseReference);
        Assert.Null(candidate.DisplayName);
        Assert.Null(candidate.Notes);
        Assert.Equal((1994, Gender.Female, "SY", ResidenceBasis.Refugee, DanishTrack.DU2),
            (candidate.BirthYear, candidate.Gender, candidate.CountryOfOrigin, candidate.ResidenceBasis, candidate.DanishCourse!.Track));
        Assert.Equal("candidateErased", Assert.Throws<DomainRuleException>(() => candidate.Revise(Amira)).Code);
    }

    [Fact]
    public void A_module_is_1_to_6() =>
        Assert.Equal("moduleOutOfRange", Assert.Throws<DomainRuleException>(() => new DanishCourse(DanishTrack.DU1, 7)).Code);
}
