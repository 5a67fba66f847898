/**
 * Capitalised words that are not people: left alone by the name heuristics, so an anonymised quote
 * keeps where it happened and who helped ("bij het Buurtteam in Holendrecht"). The areas and the
 * six values come from their own modules (stop-words.ts); these lists hold everything else.
 */
export const PLACES = `
Amsterdam Zuidoost Gaasperdam Driemond Bijlmer Bijlmermeer Holendrecht Reigersbos Venserpolder
Ganzenhoef Kraaiennest Gein Nellestein Gaasperplas Gaasperpark Bijlmerpark Bullewijk Hoptille
Amstel Arena ArenA Poort Amsterdamse Duivendrecht Diemen Ouderkerk Abcoude Weesp Almere Amstelveen
Utrecht Rotterdam Haag Haarlem Zaandam Hilversum Schiphol IJmuiden Lelystad Purmerend Hoofddorp
Nederland Holland Netherlands Suriname Paramaribo Nickerie Ghana Accra Kumasi Tema Takoradi Marokko
Morocco Nador Tanger Tangier Casablanca Rabat Fez Fes Hoceima Agadir Marrakech Oujda Turkije
Turkey Istanbul Ankara Konya Izmir Kayseri Antalya Antillen Curaçao Curacao Aruba Bonaire
Caribbean Caraïben Europa Europe Afrika Africa Nigeria Lagos Eritrea Somalië Somalia Syrië Syria
Polen Poland Portugal Lisbon Lissabon België Belgium Duitsland Germany Engeland England London
Londen Brazilië Brazil India China Indonesië Indonesia Java Pakistan Egypte Egypt Ethiopië
Ethiopia Kaapverdië Spanje Spain Frankrijk France Italië Italy Griekenland Bulgarije Roemenië
Noord Zuid Oost West Nieuw-West Centrum Randstad Gooi Noord-Holland Zuidas Osdorp Slotervaart
Mogadishu Asmara Damascus Damascus Aleppo Addis Abeba Abuja Kabul Bagdad Baghdad Teheran Tehran
Warschau Warsaw Krakau Boekarest Bucharest Praia Willemstad Oranjestad Kralendijk Tunis Cairo Caïro
Mozaïek Parktheater Kandelaar Kraanvogel Ganzenhoefplein Mandela Mandelapark Dam
`;

export const ORGANISATIONS = `
Gemeente Buurtteam Buurtteams Vraagwijzer Belastingdienst Madi Ymere Rochdale Eigen Haard Stadgenoot
Alliantie Cordaan Amsta Arkin Combiwel Swazoom Humanitas Voedselbank Leger Heils Vluchtelingenwerk
Jeugdzorg Veilig Thuis Sociaal Loket Wmo Zorgverzekeraar Tafeltje Dekje Buurtzorg Thuiszorg
Albert Heijn Lidl Aldi Jumbo Action Hema Kruidvat Etos Blokker Zeeman Primark Vomar Ikea
Zilveren Kruis Menzis Rabobank Bunq Knab Triodos Vodafone Ziggo Odido Eneco Vattenfall Essent
Tata Steel WoningNet DigiD MijnOverheid WhatsApp Facebook Instagram TikTok YouTube Google
Marktplaats Netflix Snapchat Telegram Signal Teams Zoom Bol Amazon Politie Police Council
Municipality Housing Association Church Mosque Moskee Kerk Library Bibliotheek Wijkcentrum
Buurthuis Jongerenwerk Schuldhulp Schuldhulpverlening College Bijlmer Parktheater Podium Huisarts
Wijkraad Stadsdeel Ouderenwerk Mantelzorgsteunpunt Steunpunt Dock Civic Spreekuur Loket Uwv Duo
Cjib KvK PostNL Kinderopvang Food Bank Community Centre Center Social Services Jobcentre Hospital
Welzijn Samen Doen Krachtwerk Dynamo Streetcornerwork Pinkstergemeente Sociale Verzekeringsbank
Jellinek Mentrum HVO-Querido Ajax Feyenoord Artis Efteling Journaal Telegraaf Parool Volkskrant
Nieuwsuur Stadspas Ooievaarspas Kinderombudsman Ombudsman
`;

/** Nationalities and languages: capitalised, never a person, but an age may follow ("Eritrean, 45,"). */
export const NATIONALITIES = `
Nederlands Nederlandse Engels Engelse Turks Turkse Marokkaans Marokkaanse Surinaams Surinaamse
Ghanees Ghanese Antilliaans Antilliaanse Hindoestaans Hindoestaanse Javaans Javaanse Creools
Creoolse Arabisch Arabische Berbers Tamazight Twi Sranan Sranantongo Papiaments Pools Poolse
Portugees Portugese Spaans Spaanse Frans Franse Duits Duitse Eritrese Somalisch Somalische
Syrische Nigeriaanse Kaapverdische Chinees Chinese Dutch English Turkish Moroccan Surinamese
Ghanaian Ghanaians Antillean Hindustani Javanese Arabic Berber Polish Portuguese Spanish French
German Eritrean Somali Syrian Nigerian Surinamers Marokkanen Turken Ghanezen Nederlanders
Antillianen Hindoestanen Eritreeërs Syriërs
`;

/** Religions, feasts, forms of address and other capitalised words that name no one. */
export const OTHER_PROPER_WORDS = `
Muslim Muslims Christian Christelijke Islam Islamitische Katholieke Catholic Protestant Hindoe Hindu
Ramadan Suikerfeest Offerfeest Kerst Kerstmis Christmas Pasen Easter Pinksteren Koningsdag
Bevrijdingsdag Keti Koti Divali Diwali Holi Eid Sinterklaas Oud Nieuw God Allah Jezus Jesus Bijbel
Bible Koran Quran Mum Mom Dad Mama Papa Mr Mrs Ms Miss Dr Sir Madam Wi-Fi Corona Covid AOW WW
Wajong Bijstand Participatiewet Toeslagen Zorgtoeslag Huurtoeslag Kinderbijslag Notities Notitie
Gesprek Afspraak Vervolg Thema Thema's Waarde Waarden Citaat Drempel Drempels Samenvatting
Conclusie Acties Actie
`;

export const WEEKDAYS_AND_MONTHS = `
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday
friday saturday sunday januari februari maart april mei juni juli augustus september oktober
november december january february march may june july august october
`;

/** The six values in English, as interviewers working in English write them (Dutch ids: values.ts). */
export const VALUE_WORDS_EN = `
autonomy involvement compassion equality solidarity self-determination selfdetermination
`;
