using Microsoft.Playwright;

namespace PartnerCrm.Web.Tests.Infrastructure;

/// <summary>
/// No English on a Danish page and no Danish on an English one: the page's words are compared with a list
/// of words that belong to one language only (words both languages use, such as "status", "plan" or
/// "start", "have" or "interview", and "to", Danish for two, are left out). Test data is chosen so that it uses none of them.
/// </summary>
public static class LanguageCheck
{
    public static readonly IReadOnlySet<string> EnglishOnly = new HashSet<string>(
        """
        the and or of with from your you this that are was not yes no save create register registered edit delete remove
        cancel back next previous page pages search name company companies candidate candidates placement placements follow
        followup followups overdue done sign out error errors field required optional invalid valid date today active ended
        closed draft filled cancelled internship internships wage subsidy employment ordinary partnership partnerships contact
        contacts activity activities summary action actions details number employees city postal code industry website private
        public worklist task tasks week weeks month months hours outcome reason reschedule extend planned referral referrals
        refer accept accepted decline declined withdrawn proposed matches offers level danish home access
        denied forbidden found loading submit show hide more less all none select choose please only when where what who which
        there here has been will would can could should must changed someone meanwhile new saved still first
        email phone title call meeting visit company's consultant analyst audit trail statistics report key keys
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static readonly IReadOnlySet<string> DanishOnly = new HashSet<string>(
        """
        og ikke af til på er det virksomhed virksomheder opret gem søg næste side fejl navn dato kandidat kandidater forløb
        opfølgning opfølgninger arbejdsliste praktikplads praktikpladser partnerskab kontaktpersoner aktiviteter handling gjort
        markér ingen adgang tilbage annuller ret slet ja nej uge uger måned måneder timer afsluttet aktiv kladde åben lukket
        henvisning henvisninger udfald begrundelse forlæng afslut frivilligt oplysninger ansatte postnummer branchekode
        hjemmeside sektor privat offentlig ind ud findes siden ændret imens revisionsspor statistik rapport
        nøgler oprettet gemt forsinket forfalder opgave opgaver
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static async Task ShouldBeDanishAsync(this IPage page)
    {
        Assert.Equal("da", await page.GetAttributeAsync("html", "lang"));
        var english = (await page.WordsAsync()).Where(EnglishOnly.Contains).Distinct().ToList();
        if (english.Count > 0)
            Assert.Fail($"English on the Danish page {page.Url}: {string.Join(", ", english)}, in: {await page.WhereAsync(english[0])}");
    }

    /// <summary>
    /// The Danish names of the schemes, which English pages give in brackets after the English name
    /// ("Wage subsidy (løntilskud)") because they are the words of the law and of the forms people meet.
    /// </summary>
    public static readonly IReadOnlySet<string> DanishTermsInEnglish = new HashSet<string> { "virksomhedspraktik", "løntilskud" };

    /// <summary>English names spelt with a Danish letter: "Åland Islands" in the list of countries.</summary>
    public static readonly IReadOnlySet<string> EnglishWithDanishLetters = new HashSet<string> { "åland" };

    /// <param name="page">The page.</param>
    /// <param name="userData">Words people typed (a job title such as "køkkenmedhjælper"): data, not the app's language.</param>
    public static async Task ShouldBeEnglishAsync(this IPage page, params string[] userData)
    {
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var danish = (await page.WordsAsync())
            .Where(w => DanishOnly.Contains(w) || w.IndexOfAny(['æ', 'ø', 'å']) >= 0)
            .Where(w => !DanishTermsInEnglish.Contains(w) && !EnglishWithDanishLetters.Contains(w) && !userData.Contains(w))
            .Distinct().ToList();
        if (danish.Count > 0)
            Assert.Fail($"Danish on the English page {page.Url}: {string.Join(", ", danish)}, in: {await page.WhereAsync(danish[0])}");
    }
}
