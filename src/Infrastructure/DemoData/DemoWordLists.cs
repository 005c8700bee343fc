namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Word lists for obviously fictional company and person names: invented compound words plus an industry noun
/// ("Thistlemoor Logistics"), never a real company. E-mail domains end in .test (RFC 2606), so nothing is deliverable.
/// </summary>
internal static class DemoWordLists
{
    public const string EmailTopLevelDomain = "test";

    public static readonly string[] NameHeads =
    [
        "Amber", "Brindle", "Cinder", "Dapple", "Ember", "Fennel", "Gossamer", "Hollow", "Juniper", "Kestrel",
        "Lumen", "Marble", "Nimbus", "Orchard", "Pebble", "Quill", "Russet", "Saffron", "Thistle", "Umber",
        "Velvet", "Willow", "Yarrow", "Zephyr", "Alder", "Bramble", "Copper", "Drift", "Elder", "Flint",
        "Glimmer", "Heather", "Indigo", "Jasper", "Kindle", "Larch", "Moss", "Nettle", "Opal", "Plume",
    ];

    public static readonly string[] NameTails =
    [
        "wick", "moor", "gate", "ridge", "ford", "brook", "vale", "crest", "holm", "thorn",
        "field", "spire", "haven", "mere", "stead", "fold", "wyn", "loft", "quay", "combe",
        "dell", "shaw", "burrow", "latch", "nook",
    ];

    public static readonly (string Industry, string[] Nouns)[] Industries =
    [
        ("Software", ["Labs", "Software", "Systems", "Cloudworks", "Data"]),
        ("Financial Services", ["Capital", "Lending", "Payments", "Wealth", "Ledger"]),
        ("Healthcare", ["Health", "Clinics", "Care", "Diagnostics", "Dental Group"]),
        ("Retail", ["Outfitters", "Market", "Goods", "Boutiques", "Supply Co"]),
        ("Manufacturing", ["Fabrication", "Industries", "Components", "Works", "Machining"]),
        ("Logistics", ["Logistics", "Freight", "Shipping", "Couriers", "Haulage"]),
        ("Education", ["Academy", "Learning", "Tutoring", "College", "Schools"]),
        ("Media", ["Media", "Studios", "Publishing", "Broadcast", "Press"]),
        ("Hospitality", ["Hotels", "Hospitality", "Resorts", "Catering", "Inns"]),
        ("Energy", ["Energy", "Power", "Renewables", "Grid", "Solar"]),
        ("Real Estate", ["Properties", "Realty", "Estates", "Housing", "Lettings"]),
        ("Professional Services", ["Consulting", "Partners", "Advisory", "Legal", "Accounting"]),
    ];

    public static readonly string[] LegalSuffixes = ["Inc.", "LLC", "Ltd.", "GmbH", "B.V.", "S.A.", "Pty Ltd", "Oy"];

    public static readonly string[] FirstNames =
    [
        "Ada", "Bruno", "Chiara", "Dev", "Elif", "Farah", "Gideon", "Hana", "Ivo", "Jonas",
        "Kaia", "Luca", "Mira", "Nadia", "Otto", "Priya", "Quentin", "Rosa", "Soren", "Tala",
        "Umar", "Vera", "Wren", "Xavi", "Yara", "Zane", "Anouk", "Bastian", "Celine", "Dario",
        "Esme", "Felix", "Greta", "Hugo", "Ines", "Jules", "Kofi", "Lena", "Mateo", "Noor",
    ];

    public static readonly string[] LastNames =
    [
        "Abernathy", "Bellweather", "Castellane", "Dunmore", "Everhart", "Fairbrook", "Galloway", "Hartwell", "Ingram", "Jessop",
        "Kingsley", "Larkspur", "Merriweather", "Northcott", "Oakes", "Pemberton", "Quayle", "Rowntree", "Sandoval", "Thornbury",
        "Underhill", "Vasquez", "Whitlock", "Yardley", "Zimmer", "Ashdown", "Blackwood", "Calloway", "Delacroix", "Ellery",
    ];

    public static readonly string[] ContactTitles = ["Head of Operations", "IT Director", "VP Customer Experience", "Product Owner", "COO", "Platform Admin"];

    public static readonly string[] SupportAgents =
    [
        "Iris Calder", "Omar Lindgren", "Petra Solis", "Ravi Okafor", "Sienna Brandt", "Tomas Reyes",
        "Uma Falkner", "Viktor Haas", "Willa Ng", "Yusuf Marlow", "Zora Kemp", "Arlo Vance",
    ];
}
