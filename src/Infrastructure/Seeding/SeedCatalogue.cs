namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// The made-up but plausible words seeding draws from: the industries that take refugees into work in the
/// capital region, the places, the names people from the countries of origin carry, the jobs.
/// </summary>
internal static class SeedCatalogue
{
    /// <summary>
    /// An industry as the seed uses it: a DB07 code, the word in company names, the jobs, how often it takes
    /// people (weight), how often people stay (retention, 0–1) and how often its employers are public.
    /// </summary>
    public sealed record Industry(string Code, string Word, string[] Jobs, int Weight, double Retention, double PublicShare);

    public static readonly Industry[] Industries =
    [
        new("561010", "Restaurant", ["Køkkenmedhjælper", "Opvasker", "Tjener", "Kok"], 14, 0.55, 0),
        new("562100", "Catering", ["Køkkenmedhjælper", "Cateringmedarbejder"], 4, 0.58, 0.1),
        new("812100", "Rengøring", ["Rengøringsassistent", "Servicemedarbejder"], 14, 0.62, 0.05),
        new("813000", "Anlægsgartner", ["Gartnermedhjælper", "Anlægsarbejder"], 5, 0.6, 0.2),
        new("471120", "Supermarked", ["Butiksassistent", "Lagermedarbejder", "Kassemedarbejder"], 12, 0.64, 0),
        new("477110", "Tøjbutik", ["Butiksassistent"], 3, 0.5, 0),
        new("873000", "Plejecenter", ["Social- og sundhedshjælper", "Køkkenassistent", "Servicemedarbejder"], 9, 0.74, 0.8),
        new("881000", "Hjemmepleje", ["Social- og sundhedshjælper", "Hjemmehjælper"], 6, 0.72, 0.7),
        new("889130", "Dagtilbud", ["Pædagogmedhjælper", "Køkkenmedhjælper"], 5, 0.7, 0.85),
        new("851010", "Skole", ["Servicemedarbejder", "Pædagogmedhjælper", "Kantinemedarbejder"], 3, 0.68, 0.9),
        new("861000", "Hospital", ["Portør", "Rengøringsassistent", "Serviceassistent"], 3, 0.73, 0.95),
        new("841100", "Forvaltning", ["Kontorelev", "Servicemedarbejder"], 2, 0.7, 1),
        new("412000", "Byggeri", ["Byggearbejder", "Håndværkermedhjælper"], 6, 0.57, 0),
        new("432100", "El-installation", ["Elektrikerlærling", "Montør"], 3, 0.69, 0),
        new("433200", "Tømrer", ["Tømrerlærling", "Tømrermedhjælper"], 3, 0.63, 0),
        new("494100", "Transport", ["Chauffør", "Flyttemand"], 5, 0.56, 0),
        new("521000", "Lager", ["Lagermedarbejder", "Truckfører", "Pakkeriarbejder"], 7, 0.6, 0),
        new("531000", "Post", ["Postbud", "Sorteringsmedarbejder"], 2, 0.61, 0.3),
        new("551010", "Hotel", ["Stuepige", "Receptionist", "Opvasker"], 5, 0.52, 0),
        new("107110", "Bageri", ["Bagermedhjælper", "Ekspedient"], 4, 0.58, 0),
        new("101300", "Fødevarer", ["Produktionsmedarbejder", "Pakkeriarbejder"], 3, 0.6, 0),
        new("452000", "Autoværksted", ["Mekanikerlærling", "Klargører"], 3, 0.66, 0),
        new("960210", "Frisør", ["Frisørelev", "Frisør"], 2, 0.54, 0),
        new("620100", "IT", ["IT-supporter", "Udvikler", "Testmedarbejder"], 2, 0.76, 0),
        new("692000", "Revision", ["Bogholderelev", "Kontorassistent"], 1, 0.71, 0),
        new("782000", "Vikarbureau", ["Vikar", "Lagermedarbejder"], 3, 0.42, 0),
        new("960110", "Vaskeri", ["Vaskerimedarbejder"], 2, 0.6, 0.2),
    ];

    /// <summary>Gentofte's own postal areas first, then the rest of the capital region.</summary>
    public static readonly (string Code, string City, int Weight)[] Places =
    [
        ("2820", "Gentofte", 14), ("2900", "Hellerup", 14), ("2920", "Charlottenlund", 9), ("2930", "Klampenborg", 4),
        ("2870", "Dyssegård", 4), ("2860", "Søborg", 5), ("2800", "Kongens Lyngby", 7), ("2100", "København Ø", 5),
        ("2200", "København N", 4), ("2300", "København S", 4), ("2400", "København NV", 3), ("1620", "København V", 3),
        ("1050", "København K", 3), ("2000", "Frederiksberg", 4), ("2500", "Valby", 3), ("2730", "Herlev", 3),
        ("2750", "Ballerup", 3), ("2830", "Virum", 2), ("2880", "Bagsværd", 2), ("2600", "Glostrup", 2),
        ("2650", "Hvidovre", 2), ("2630", "Taastrup", 2), ("2970", "Hørsholm", 2), ("3400", "Hillerød", 1),
    ];

    public static readonly string[] Streets =
    [
        "Jægersborg Allé", "Strandvejen", "Bernstorffsvej", "Gentoftegade", "Lyngbyvej", "Ordrupvej", "Tuborg Boulevard",
        "Hellerupvej", "Smakkegårdsvej", "Vangedevej", "Søborg Hovedgade", "Nørre Allé", "Tagensvej", "Vesterbrogade",
        "Ryparken", "Industrivej", "Lautrupvang", "Hovedvejen", "Kildegårdsvej", "Ermelundsvej",
    ];

    public static readonly string[] CompanyNameStems =
    [
        "Hansen", "Nielsen", "Jensen", "Andersen", "Pedersen", "Larsen", "Sørensen", "Rasmussen", "Christensen", "Madsen",
        "Nordic", "Øresund", "Strand", "Gentofte", "Hellerup", "Nord", "Kyst", "Bakke", "Skov", "Sund", "Park", "Fjord",
        "Dansk", "Lyngby", "Tuborg", "Ordrup", "Vang", "Eng", "Havne", "Bella", "Zeus", "Alfa", "Nova", "Polar",
    ];

    public static readonly string[] CompanyForms = ["ApS", "A/S", "I/S", "ApS", "ApS", "A/S", ""];

    public static readonly string[] PublicPrefixes = ["Gentofte Kommune,", "Region Hovedstaden,", "Kommunalt"];

    public static readonly string[] DanishFirstNames =
    [
        "Anne", "Mette", "Kirsten", "Hanne", "Louise", "Camilla", "Sofie", "Maria", "Jens", "Peter", "Lars", "Michael",
        "Henrik", "Søren", "Thomas", "Martin", "Rasmus", "Mads", "Ida", "Line",
    ];

    public static readonly string[] DanishLastNames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Holm",
    ];

    public static readonly string[] ContactTitles =
    [
        "HR-chef", "Direktør", "Indehaver", "Driftsleder", "Personalekonsulent", "Afdelingsleder", "Butikschef", "Køkkenchef",
    ];

    /// <summary>
    /// Where Denmark's refugees and family-reunified people come from (ISO 3166-1 alpha-2), weighted roughly as
    /// the last decade's residence permits, with first names of each and the family names they carry.
    /// </summary>
    public sealed record Origin(string Country, int Weight, double RefugeeShare, string[] Women, string[] Men, string[] Families)
    {
        /// <summary>People from here arrive from this day on (Ukrainians since the war of February 2022).</summary>
        public DateOnly ArrivingFrom { get; init; } = DateOnly.MinValue;
    }

    public static readonly Origin[] Origins =
    [
        new("SY", 30, 0.6, ["Amal", "Rania", "Lina", "Hiba", "Nour", "Yasmin", "Dima", "Reem"], ["Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Hassan", "Bashar", "Fadi"], ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Sabbagh", "Mansour", "Ibrahim", "Jaber"]),
        new("ER", 20, 0.55, ["Helen", "Selam", "Yodit", "Saba", "Ruta", "Feven"], ["Yonas", "Dawit", "Samuel", "Tesfay", "Filmon", "Robel"], ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Kidane", "Woldu"]),
        new("UA", 16, 0.95, ["Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia"], ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Ivan"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"]) { ArrivingFrom = new DateOnly(2022, 3, 1) },
        new("AF", 11, 0.7, ["Zahra", "Fatima", "Maryam", "Parwana", "Shabnam", "Nilofar"], ["Ali", "Mohammad", "Ahmad", "Hamid", "Mustafa", "Jawad"], ["Rahimi", "Ahmadi", "Hussaini", "Karimi", "Sultani", "Noori"]),
        new("IR", 6, 0.6, ["Shirin", "Maryam", "Leila", "Sara", "Parisa", "Nazanin"], ["Reza", "Amir", "Hossein", "Mehdi", "Saeed", "Arash"], ["Hosseini", "Mohammadi", "Rezaei", "Karimi", "Moradi", "Jafari"]),
        new("SO", 5, 0.55, ["Hodan", "Amina", "Sahra", "Fadumo", "Ifrah", "Hawa"], ["Abdi", "Mohamed", "Abdullahi", "Ahmed", "Hassan", "Liban"], ["Warsame", "Farah", "Hussein", "Osman", "Jama", "Ali"]),
        new("IQ", 4, 0.6, ["Zainab", "Noor", "Huda", "Sura", "Ruqaya", "Shaima"], ["Ali", "Hussein", "Mustafa", "Haider", "Karrar", "Ammar"], ["Al-Jubouri", "Al-Tamimi", "Kadhim", "Abbas", "Jasim", "Salman"]),
        new("SD", 3, 0.8, ["Amna", "Samah", "Hawa", "Asia"], ["Mohamed", "Osman", "Abdelrahman", "Adam"], ["Abdalla", "Elnour", "Musa", "Ishag"]),
        new("ET", 2, 0.6, ["Tigist", "Meron", "Hana", "Bethlehem"], ["Abebe", "Tesfaye", "Yohannes", "Getachew"], ["Bekele", "Alemu", "Tadesse", "Girma"]),
        new("TR", 2, 0.5, ["Elif", "Zeynep", "Ayşe", "Fatma"], ["Mehmet", "Mustafa", "Ahmet", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
        new("RU", 1, 0.6, ["Anna", "Elena", "Olga", "Maria"], ["Aleksei", "Dmitrii", "Sergei", "Pavel"], ["Ivanov", "Smirnov", "Kuznetsov", "Popov"]),
    ];

    public static readonly string[] ActivitySummaries =
    [
        "Præsenteret jobcentrets ordninger for ledelsen", "Talt om praktikpladser i køkkenet", "Fulgt op på borgerens første uge",
        "Aftalt opstart af ny praktik", "Drøftet løntilskud efter praktikken", "Besøg på arbejdspladsen med mentor",
        "Sendt materiale om IGU", "Ringet om ledige stillinger", "Evalueret samarbejdet for året", "Aftalt møde om partnerskab",
    ];

    public static readonly string[] NextActions =
    [
        "Ring igen om praktikpladsen", "Send forslag til kandidater", "Følg op på aftalen", "Book opfølgningsmøde",
        "Send partnerskabsaftale til underskrift", "Tjek status på ansættelsen",
    ];

    public static readonly string[] OfferDescriptions =
    [
        "Praktik med fast kontaktperson og mulighed for ansættelse bagefter.",
        "Vi lærer dig faget fra bunden. Dansk på begynderniveau er nok.",
        "Praktik i et travlt team; arbejdstøj stilles til rådighed.",
    ];
}
