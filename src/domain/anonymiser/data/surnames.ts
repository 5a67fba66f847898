/**
 * Common surnames in Amsterdam Zuidoost, without their particles ("de Vries" is listed as Vries).
 * SURNAMES are names on their own; PARTICLE_SURNAMES are also ordinary words ("jong", "berg",
 * "wit") and count as a name only after a particle or inside a longer name.
 */
const DUTCH = `
Jansen Janssen Bakker Visser Smit Meijer Meyer Mulder Bos Vos Peters Hendriks Dekker Brouwer
Dijkstra Smits Kok Jacobs Vermeulen Schouten Willems Hoekstra Maas Verhoeven Koster Prins Blom
Huisman Peeters Kuipers Kuiper Post Veenstra Kramer Scholten Postma Martens Vink Bosman Kuijpers
Gerritsen Hermans Evers Wouters Timmermans Boersma Kroon Lammers Groen Molenaar Verbeek Sanders
Kramers Jonker Wolters Koning Bouwman Hofman Boer Verschuren Koopman Hoogendoorn Brink Dijkman
Kooistra Veldhuis Zwart Kemper Ramaker Heemskerk Kuiters Pols Wijnands Goossens Claassen
Schipper Rietveld Ouwehand Hoogland Tol Vreeswijk Koppen Zijlstra Mol
`;

const MOROCCAN = `
Amrani Bouzid Benali Idrissi Tahiri Haddou Ouali Bouali Khatib Azzouzi Aboutaleb Boukhari
Hamdaoui Chaoui Ziani Mansouri Bakkali Belhaj Benhaddou Ouardi Hamdi Rahmouni Lamrani Ouahabi
Bouchtaoui Aouragh Bouzerda Messaoudi Yousfi Alaoui Azzouz Boulahrouz Ajouaou Chakir Elkaddouri
Bouhali Karroumi Moussaoui Bennani Benchekroun Fassi Haddouchi Marzouki Ouchan Tayebi Zarouali
Azougagh Boujdaini Berrada Lahlou Oulad Nafi Akrouh Baddou Chafik Dahmani Hamouchi Karimi Bouyaghlafen
`;

const TURKISH = `
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güler Akın Bulut Keskin Tekin Aksoy Avcı
Ünal Kaplan Güneş Turan Coşkun Sarı Karaca Bozkurt Aktaş Işık Özcan Uçar Akgül Acar Kocabaş
Karakaya Tunç Yavuz Erdem Duman Ateş Kahraman Yücel Altun Toprak Başaran Sönmez Gök
`;

const SURINAMESE_ANTILLEAN = `
Pinas Tjon Sedney Doelwijt Wijngaarde Kromodikoro Sewdien Ramdin Ramdas Mahabier Jagessar
Ramkisoen Kalloe Karsodikromo Tjin Fung Tjong Linger Sabajo Wongsodikromo Brunings Pengel
Kasanmoesdiran Ramlal Bhagwandin Dwarkasing Mohan Baldew Soekhai Nanhoe Ramautar Bisoendat
Lachmon Pigot Zeefuik Kappel Emanuelson Seedorf Kluivert Davids Blinker Fer Wijnaldum Martina
Rosalia Isenia Wiels Doest Bouterse Venetiaan Sitaldin Moestadja Karijopawiro Ritfeld
Amatsaleh Kartosen Sumter Tjon-A-Fong Chin-A-Lien Mac-Intosh Macintosh Graanoogst Kensenhuis
Bakboord Eersel Deekman Jessurun Lo-A-Njoe Ferrier Ooft Vlijter Jap-Tjong Tsai Wong Haverkamp
`;

const GHANAIAN = `
Mensah Boateng Asante Owusu Agyeman Adjei Appiah Osei Amoah Darko Asamoah Ansah Oduro Acheampong
Ofori Opoku Kwarteng Addo Quaye Tetteh Nkrumah Bonsu Frimpong Antwi Baah Gyamfi Yeboah Sarpong
Agyei Amponsah Danso Donkor Badu Afriyie Nyarko Kyei Boakye Asiedu Annan Quartey Ampofo Anane
Boadu Dankwa Fosu Gyasi Manu Nketia Obeng Owusu-Ansah Ocran Sackey Takyi Wiredu Aidoo Arthur
`;

const OTHER = `
Brown Smith Johnson Williams Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin
Costa Silva Santos Pereira Ferreira Oliveira Rodrigues Martins Gomes Lopes Nowak Kowalski
Wiśniewski Kowalczyk Lewandowski Haile Tesfay Gebremedhin Abdi Ali Hassan Mohamud Warsame
`;

export const SURNAMES = [DUTCH, MOROCCAN, TURKISH, SURINAMESE_ANTILLEAN, GHANAIAN, OTHER] as const;

export const PARTICLE_SURNAMES = `
Jong Jonge Vries Berg Bergh Dijk Groot Wit Boer Haan Graaf Meer Veen Brink Beek Wal Pol Ven
Heuvel Broek Linden Leeuwen Bruijn Bruin Bruyn Koning Ridder Wijk Vliet Heijden Velde Bosch Laan
Water Hoek Kamp Ham Zanden Dool Berghe Kerkhof Hoeven Burg Molen Sluis Hulst Steen Zande Ende
Meulen Vaart Horst Aa Putten Ploeg Klerk Lange Winter Goede Kort Ruiter Wilde Weerd Voort Kooij
Leest Hof Amrani Idrissi Khatib Ouardi Hamdaoui Kaddouri Hassani Ouahabi Silva Santos Costa
`;
