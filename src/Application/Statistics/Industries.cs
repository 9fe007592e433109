using System.Globalization;

namespace PartnerCrm.Application.Statistics;

/// <summary>
/// The industries of a Danish industry code: its first two digits, the NACE Rev. 2 division, called by
/// Danmarks Statistik's Danish DB07 title ("afsnit") or the English NACE title.
/// </summary>
public static class Industries
{
    /// <summary>The English title, as programs read it from the API.</summary>
    public static string? NameOf(string? division) => NameOf(division, CultureInfo.InvariantCulture);

    /// <summary>The title in the language of <paramref name="culture"/>: Danish for Danish, English otherwise; null for an unknown division.</summary>
    public static string? NameOf(string? division, CultureInfo culture) =>
        division is not null && Titles.TryGetValue(division, out var title)
            ? culture.TwoLetterISOLanguageName == "da" ? title.Danish : title.English
            : null;

    /// <summary>The DB07 divisions (two digits) that have a title.</summary>
    public static IReadOnlyCollection<string> Divisions => Titles.Keys;

    private static readonly Dictionary<string, (string Danish, string English)> Titles = new()
    {
        ["01"] = ("Plante- og husdyravl, jagt og serviceydelser i forbindelse hermed", "Crop and animal production"),
        ["02"] = ("Skovbrug og skovning", "Forestry and logging"),
        ["03"] = ("Fiskeri og akvakultur", "Fishing and aquaculture"),
        ["05"] = ("Indvinding af kul og brunkul", "Mining of coal and lignite"),
        ["06"] = ("Indvinding af råolie og naturgas", "Extraction of crude petroleum and natural gas"),
        ["07"] = ("Brydning af metalmalme", "Mining of metal ores"),
        ["08"] = ("Anden råstofindvinding", "Other mining and quarrying"),
        ["09"] = ("Serviceydelser i forbindelse med råstofindvinding", "Mining support service activities"),
        ["10"] = ("Fremstilling af fødevarer", "Manufacture of food products"),
        ["11"] = ("Fremstilling af drikkevarer", "Manufacture of beverages"),
        ["12"] = ("Fremstilling af tobaksprodukter", "Manufacture of tobacco products"),
        ["13"] = ("Fremstilling af tekstiler", "Manufacture of textiles"),
        ["14"] = ("Fremstilling af beklædningsartikler", "Manufacture of wearing apparel"),
        ["15"] = ("Fremstilling af læder og lædervarer", "Manufacture of leather and related products"),
        ["16"] = ("Fremstilling af træ og varer af træ og kork, undtagen møbler; fremstilling af varer af strå og flettematerialer", "Manufacture of wood and of products of wood and cork"),
        ["17"] = ("Fremstilling af papir og papirvarer", "Manufacture of paper and paper products"),
        ["18"] = ("Trykning og reproduktion af indspillede medier", "Printing and reproduction of recorded media"),
        ["19"] = ("Fremstilling af koks og raffinerede mineralolieprodukter", "Manufacture of coke and refined petroleum products"),
        ["20"] = ("Fremstilling af kemiske produkter", "Manufacture of chemicals and chemical products"),
        ["21"] = ("Fremstilling af farmaceutiske råvarer og farmaceutiske præparater", "Manufacture of pharmaceutical products"),
        ["22"] = ("Fremstilling af gummi- og plastprodukter", "Manufacture of rubber and plastic products"),
        ["23"] = ("Fremstilling af andre ikke-metalholdige mineralske produkter", "Manufacture of other non-metallic mineral products"),
        ["24"] = ("Fremstilling af metal", "Manufacture of basic metals"),
        ["25"] = ("Jern- og metalvareindustri, undtagen maskiner og udstyr", "Manufacture of fabricated metal products"),
        ["26"] = ("Fremstilling af computere, elektroniske og optiske produkter", "Manufacture of computer, electronic and optical products"),
        ["27"] = ("Fremstilling af elektrisk udstyr", "Manufacture of electrical equipment"),
        ["28"] = ("Fremstilling af maskiner og udstyr i.a.n.", "Manufacture of machinery and equipment"),
        ["29"] = ("Fremstilling af motorkøretøjer, påhængsvogne og sættevogne", "Manufacture of motor vehicles, trailers and semi-trailers"),
        ["30"] = ("Fremstilling af andre transportmidler", "Manufacture of other transport equipment"),
        ["31"] = ("Fremstilling af møbler", "Manufacture of furniture"),
        ["32"] = ("Anden fremstillingsvirksomhed", "Other manufacturing"),
        ["33"] = ("Reparation og installation af maskiner og udstyr", "Repair and installation of machinery and equipment"),
        ["35"] = ("El-, gas- og fjernvarmeforsyning", "Electricity, gas, steam and air conditioning supply"),
        ["36"] = ("Vandforsyning", "Water collection, treatment and supply"),
        ["37"] = ("Opsamling og behandling af spildevand", "Sewerage"),
        ["38"] = ("Indsamling, behandling og bortskaffelse af affald; genbrug", "Waste collection, treatment and disposal"),
        ["39"] = ("Rensning af jord og grundvand og anden form for forureningsbekæmpelse", "Remediation and other waste management"),
        ["41"] = ("Opførelse af bygninger", "Construction of buildings"),
        ["42"] = ("Anlægsarbejder", "Civil engineering"),
        ["43"] = ("Bygge- og anlægsvirksomhed, som kræver specialisering", "Specialised construction activities"),
        ["45"] = ("Handel med biler og motorcykler, og reparation heraf", "Wholesale and retail trade and repair of motor vehicles"),
        ["46"] = ("Engroshandel undtagen med motorkøretøjer og motorcykler", "Wholesale trade"),
        ["47"] = ("Detailhandel undtagen med motorkøretøjer og motorcykler", "Retail trade"),
        ["49"] = ("Landtransport; rørtransport", "Land transport and transport via pipelines"),
        ["50"] = ("Skibsfart", "Water transport"),
        ["51"] = ("Luftfart", "Air transport"),
        ["52"] = ("Hjælpevirksomhed i forbindelse med transport", "Warehousing and support activities for transportation"),
        ["53"] = ("Post- og kurertjenester", "Postal and courier activities"),
        ["55"] = ("Overnatningsfaciliteter", "Accommodation"),
        ["56"] = ("Restaurationsvirksomhed", "Food and beverage service activities"),
        ["58"] = ("Udgivervirksomhed", "Publishing activities"),
        ["59"] = ("Produktion af film, video- og tv-programmer, lydoptagelser og musikudgivelser", "Film, video, television, sound recording and music publishing"),
        ["60"] = ("Radio- og tv-virksomhed", "Programming and broadcasting"),
        ["61"] = ("Telekommunikation", "Telecommunications"),
        ["62"] = ("Computerprogrammering, konsulentbistand vedrørende informationsteknologi og lignende aktiviteter", "Computer programming and consultancy"),
        ["63"] = ("Informationstjenester", "Information service activities"),
        ["64"] = ("Pengeinstitut- og finansieringsvirksomhed undtagen forsikring og pensionsforsikring", "Financial service activities"),
        ["65"] = ("Forsikring, genforsikring og pensionsforsikring undtagen lovpligtig socialforsikring", "Insurance and pension funding"),
        ["66"] = ("Hjælpetjenester i forbindelse med finansieringsvirksomhed og forsikring", "Activities auxiliary to financial services"),
        ["68"] = ("Fast ejendom", "Real estate activities"),
        ["69"] = ("Juridisk bistand, bogføring og revision", "Legal and accounting activities"),
        ["70"] = ("Hovedsæders virksomhed; virksomhedsrådgivning", "Head offices and management consultancy"),
        ["71"] = ("Arkitekt- og ingeniørvirksomhed; teknisk afprøvning og analyse", "Architectural and engineering activities"),
        ["72"] = ("Videnskabelig forskning og udvikling", "Scientific research and development"),
        ["73"] = ("Reklame og markedsanalyse", "Advertising and market research"),
        ["74"] = ("Andre liberale, videnskabelige og tekniske tjenesteydelser", "Other professional, scientific and technical activities"),
        ["75"] = ("Dyrlæger", "Veterinary activities"),
        ["77"] = ("Udlejning og leasing", "Rental and leasing activities"),
        ["78"] = ("Arbejdsformidling", "Employment activities"),
        ["79"] = ("Rejsebureauers og rejsearrangørers virksomhed, reservationstjenesteydelser og tjenesteydelser i forbindelse hermed", "Travel agencies and tour operators"),
        ["80"] = ("Vagt- og sikkerhedstjenester og overvågning", "Security and investigation activities"),
        ["81"] = ("Serviceydelser i forbindelse med ejendomme samt landskabspleje", "Services to buildings and landscape activities"),
        ["82"] = ("Administrationsservice, kontorservice og anden forretningsservice", "Office administrative and business support activities"),
        ["84"] = ("Offentlig forvaltning, forsvar og socialsikring", "Public administration and defence"),
        ["85"] = ("Undervisning", "Education"),
        ["86"] = ("Sundhedsvæsen", "Human health activities"),
        ["87"] = ("Institutionsophold", "Residential care activities"),
        ["88"] = ("Sociale foranstaltninger uden institutionsophold", "Social work activities without accommodation"),
        ["90"] = ("Kreative aktiviteter, kunst og forlystelser", "Creative, arts and entertainment activities"),
        ["91"] = ("Biblioteker, arkiver, museer og anden kulturel virksomhed", "Libraries, archives, museums and other cultural activities"),
        ["92"] = ("Lotteri- og anden spillevirksomhed", "Gambling and betting activities"),
        ["93"] = ("Sport, forlystelser og fritidsaktiviteter", "Sports, amusement and recreation activities"),
        ["94"] = ("Organisationer og foreninger", "Activities of membership organisations"),
        ["95"] = ("Reparation af computere og varer til personligt brug og husholdningsbrug", "Repair of computers and personal and household goods"),
        ["96"] = ("Andre personlige serviceydelser", "Other personal service activities"),
        ["97"] = ("Husholdninger med ansat medhjælp", "Households as employers of domestic personnel"),
        ["98"] = ("Private husholdningers produktion af varer og tjenesteydelser til eget brug, i.a.n.", "Households producing goods and services for own use"),
        ["99"] = ("Eksterritoriale organisationer og organer", "Extraterritorial organisations and bodies"),
    };
}
