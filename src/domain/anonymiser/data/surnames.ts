/**
 * Common surnames in Amsterdam Zuidoost, without their particles ("de Vries" is listed as Vries).
 * SURNAMES are names on their own; PARTICLE_SURNAMES are also ordinary words ("jong", "berg",
 * "wit") and count as a name only after a particle or inside a longer name.
 */
const DUTCH = `
Aalbers Aarts Abbink Adriaanse Akkerman Alberts Arends Baas Beekman Bekker Blokker Boekhout
Boon Borst Bosch Bouma Brands Bremer Brinkman Bruggeman Buijs Buis Damen Dijkhuizen Dijkman
Dirks Doorn Driessen Eijkelenboom Elzinga Engels Everts Feenstra Franken Gerrits Geurts Goedhart
Groenewegen Groeneveld Haverkamp Heijnen Hendriksen Hoekman Hofstra Holwerda Hoogeveen Huisman
Jacobsen Janssens Jonkers Kalsbeek Kamphuis Klaassen Kloosterman Knol Koks Kooiman Koopmans
Kuijpers Kwakman Lamers Leenders Leijten Lubbers Luijten Maassen Meijers Mertens Meulenbelt
Meuleman Michels Mol Mostert Nieuwenhuis Nijenhuis Nijland Olthof Oosterhuis Oosterveld Otten
Pauwels Pieters Poels Postma Pronk Reijnders Rijnders Roelofs Romijn Roos Rutten Schaap Scheffer
Schreuder Schuurman Siebers Slagter Sluiter Smeets Snijder Spijker Stam Steenbergen Stoffels
Swart Teunissen Terpstra Tijssen Ubbink Valk Veenhuis Veldkamp Verhagen Verhoef Verkerk Vermeer
Verschoor Vink Vos Vrolijk Wagenaar Westerhof Wiersma Wijnen Willemsen Wolff Zandstra Zwaan
Zuidema Hoogendijk Overbeek Oudshoorn Kerkhoven Hilhorst Terhorst Rozendaal Koorndijk Kraaijeveld
Jansen Janssen Bakker Visser Smit Meijer Meyer Mulder Bos Vos Peters Hendriks Dekker Brouwer
Dijkstra Smits Kok Jacobs Vermeulen Schouten Willems Hoekstra Maas Verhoeven Koster Prins Blom
Huisman Peeters Kuipers Kuiper Post Veenstra Kramer Scholten Postma Martens Vink Bosman Kuijpers
Gerritsen Hermans Evers Wouters Timmermans Boersma Kroon Lammers Groen Molenaar Verbeek Sanders
Kramers Jonker Wolters Koning Bouwman Hofman Boer Verschuren Koopman Hoogendoorn Brink Dijkman
Kooistra Veldhuis Zwart Kemper Ramaker Heemskerk Kuiters Pols Wijnands Goossens Claassen
Schipper Rietveld Ouwehand Hoogland Tol Vreeswijk Koppen Zijlstra Mol
`;

const MOROCCAN = `
Abbadi Abdellaoui Aboukir Achahbar Ahajjam Ait Akachar Akhiat Allouch Amakran Amezian Amghar
Aoulad Arbaoui Asbai Assou Azaaj Azarkan Aziz Baba Bahaj Bakker Ballouk Belkadi Bellaoui Benaissa
Benamar Benbrahim Bendaoud Benkaddour Bouchaib Boudou Bouhlal Boujaddayn Boukhari Boulal Bousaid
Bouzaid Bouzidi Chaara Chahid Charif Chentouf Daoudi Darkaoui El-Amrani Elamrani Elhadioui Elmoussaoui
Essabri Ezzahraoui Fadili Farhane Ghazi Hadioui Haddad Hajji Hamdouchi Hammouti Hassani Houari
Idrissi Jaadar Kaddouri Karrouch Kasmi Khalloufi Khattabi Laaroussi Lahbib Laghmich Loukili
Machrouh Majdoub Makhloufi Mahjoub Meziani Mokhtari Moumni Najjar Ouaali Oualhadj Ouazzani Rachidi
Rifi Sadiki Saidi Sahli Semlali Slimani Taheri Talbi Tazi Touzani Yahyaoui Zaari Ziani Zouggari
Azaouagh Bouhouch Chaouch Ouali Ouchen Aarab Aarrass Ammari Tahri Zaid Kharbouch
Amrani Bouzid Benali Idrissi Tahiri Haddou Ouali Bouali Khatib Azzouzi Aboutaleb Boukhari
Hamdaoui Chaoui Ziani Mansouri Bakkali Belhaj Benhaddou Ouardi Hamdi Rahmouni Lamrani Ouahabi
Bouchtaoui Aouragh Bouzerda Messaoudi Yousfi Alaoui Azzouz Boulahrouz Ajouaou Chakir Elkaddouri
Bouhali Karroumi Moussaoui Bennani Benchekroun Fassi Haddouchi Marzouki Ouchan Tayebi Zarouali
Azougagh Boujdaini Berrada Lahlou Oulad Nafi Akrouh Baddou Chafik Dahmani Hamouchi Karimi Bouyaghlafen
`;

const TURKISH = `
Acar Akbaş Akdemir Akkaya Akkuş Akpınar Aksu Aktürk Alkan Altıntaş Arıkan Arslantaş Aydemir
Aydoğan Balcı Baysal Bayram Bektaş Bilgin Bilgiç Bozdağ Canbolat Cengiz Ceylan
Çakır Çalışkan Çiftçi Demirci Demirel Dinç Dönmez Durmaz Eren Ergin Eroğlu Ersoy Gedik
Genç Gündoğdu Gürbüz Güven Ilhan Işık Kalkan Karabulut Karadağ Karahan Karakuş Kaymak Kaçar
Kılınç Kırmızı Koçak Kocaman Kurtuluş Metin Orhan Ökten Önal Özer Özgür Özkaya Özmen Öztürk
Sağlam Saygılı Sevim Soylu Şener Taşkın Temel Tosun Uysal Uzun Ünlü Yalçın
Yaman Yazıcı Yetkin Yiğit Yıldırım Yılmaz Yurt Zengin Kılıçarslan Kurtoğlu Gündüz Aydın
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güler Akın Bulut Keskin Tekin Aksoy Avcı
Ünal Kaplan Güneş Turan Coşkun Sarı Karaca Bozkurt Aktaş Işık Özcan Uçar Akgül Acar Kocabaş
Karakaya Tunç Yavuz Erdem Duman Ateş Kahraman Yücel Altun Toprak Başaran Sönmez
`;

const SURINAMESE_ANTILLEAN = `
Abendanon Adhin Ajodhia Alberga Amafo Ameerali Apinsa Autar Baarh Badal Bajnath Balesar
Bansie Bhairo Biharie Binda Bishesar Bisoen Boedhoe Brunings Chotkan Dewdath Dhanpat Doekhi Ganga
Gobardhan Gopal Hanoeman Hira Jadnanansing Jagernath Jhinkoe Kalpoe Kanhai Kishoen Koendjbiharie
Kanhai Lachman Madho Mahabali Mahadew Matai Mungra Nandoe Narain Oemrawsingh Parbhoe Persad
Radhakishun Ragoenath Ramcharan Ramdhani Ramkhelawan Ramnath Ramsaran Ramsoekh Rampersad Rambaran
Ramsahai Ramsundersingh Sardjoe Sewbaran Sewdayal Sheombar Sital Soekhoe Soerdjbalie Sookhoo
Tewarie Tjin-A-Tsoi Tjon-A-Joe Tjon-A-Loi Jap-A-Joe Lie-A-Lien Kong-A-Siou Fung-A-Loi Chin-A-Foeng
Abrahams Adama Aloema Amania Asmus Bergwijn Biswana Blufpand Bodeving Bottse Breeveld Brewster
Castelen Cairo Dijksteel Eduards Eijck Emanuels Esajas Fernandes Fonkel Gefferie Gummels
Hasselbaink Headley Hooghart Hoost Jozefzoon Karg Kanhai Koster Lachmising Landveld Liesdek
Lieuw Maatrijk Mijnals Misiedjan Nahar Neede Niekoop Nijman Nooitmeer Ommeren Oost-Lievense
Parisius Pinas Pinkie Refos Rijssel Rozenblad Sabajo Samson Schalkwijk Schmeitz Sedney
Sewnath Soekhlal Stuger Tjoe Tolud Uiterloo Vanenburg Vreden Vrede Waterberg Wijdenbosch
Zaandam Zeegelaar Zschuschen Ceder Cijntje Clemencia Coffie Dania Daal Elisabeth Felida
Francisca Frans Girigorie Jacobs Janga Josephina Koeiman Leito Lourens Maduro Martis
Martina Mercelina Nicolaas Paula Pieternella Pietersz Rosaria Schoop Winklaar
Zimmerman Alberto Arrindell Bakhuis Croes Dirksz Eman Geerman Kelly Kock Oduber Tromp Werleman
Pinas Tjon Sedney Doelwijt Wijngaarde Kromodikoro Sewdien Ramdin Ramdas Mahabier Jagessar
Ramkisoen Kalloe Karsodikromo Tjin Fung Tjong Linger Sabajo Wongsodikromo Brunings Pengel
Kasanmoesdiran Ramlal Bhagwandin Dwarkasing Mohan Baldew Soekhai Nanhoe Ramautar Bisoendat
Lachmon Pigot Zeefuik Kappel Emanuelson Seedorf Kluivert Davids Blinker Fer Wijnaldum Martina
Rosalia Isenia Wiels Doest Bouterse Venetiaan Sitaldin Moestadja Karijopawiro Ritfeld
Amatsaleh Kartosen Sumter Tjon-A-Fong Chin-A-Lien Mac-Intosh Macintosh Graanoogst Kensenhuis
Bakboord Eersel Deekman Jessurun Lo-A-Njoe Ferrier Ooft Vlijter Jap-Tjong Tsai Wong Haverkamp
`;

const GHANAIAN = `
Abankwa Aboagye Acquah Adomako Adusei Adu Afful Agyapong Agyekum Akoto Akuffo Amankwah Amankwa
Ameyaw Amissah Ankomah Ankrah Antwi-Boasiako Anyane Appiah-Kubi Asamoah-Gyan Asare Asiamah
Baidoo Bekoe Boafo Boamah Bediako Brobbey Buabeng Dapaah Darko Dwamena Ennin Essel Essien Fofie
Gyan Gyimah Kuffour Kumah Mensah-Bonsu Nkansah Nsiah Ntim Nyame Obeng-Asamoah Ocansey Odoom Ofosu
Ohene Okyere Oppong Osafo Osei-Bonsu Otoo Owusu-Afriyie Poku Quansah Quarshie Sarfo Sekyere
Tawiah Twumasi Yamoah Yeboah-Asiedu Agyemang Amofa Asomani Awuah Kusi Manso Nti Obiri Ofori-Atta
Mensah Boateng Asante Owusu Agyeman Adjei Appiah Osei Amoah Darko Asamoah Ansah Oduro Acheampong
Ofori Opoku Kwarteng Addo Quaye Tetteh Nkrumah Bonsu Frimpong Antwi Baah Gyamfi Yeboah Sarpong
Agyei Amponsah Danso Donkor Badu Afriyie Nyarko Kyei Boakye Asiedu Annan Quartey Ampofo Anane
Boadu Dankwa Fosu Gyasi Manu Nketia Obeng Owusu-Ansah Ocran Sackey Takyi Wiredu Aidoo Arthur
`;

const OTHER = `
Abdullahi Adan Aden Ahmed Barre Dahir Duale Egal Elmi Farah Guled Hersi Ibrahim Isse Jama Jibril
Mohamed Muse Nur Osman Roble Samatar Sheikh Shire Warsame Yusuf Xasan Cali Cumar Faarax Maxamed
Abraha Araya Berhe Desta Gebre Gebrehiwet Ghebremariam Habte Kahsay Kidane Mehari Negash Tekle
Tesfamariam Tesfaye Woldu Yohannes Zerai Okafor Okonkwo Adeyemi Balogun Eze Nwosu Obi Oladipo
Clarke Evans Green Hall Harris Jackson King Lee Lewis Roberts Robinson Scott Thompson Turner
Walker White Wright Young Hernández Gonzalez López Martínez Pérez Sánchez Sousa Fernandes Carvalho
Wójcik Kamiński Zieliński Szymański Woźniak Popescu Ionescu Dumitru
Brown Smith Johnson Williams Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin
Costa Silva Santos Pereira Ferreira Oliveira Rodrigues Martins Gomes Lopes Nowak Kowalski
Wiśniewski Kowalczyk Lewandowski Haile Tesfay Gebremedhin Abdi Ali Hassan Mohamud Warsame
`;

export const SURNAMES = [DUTCH, MOROCCAN, TURKISH, SURINAMESE_ANTILLEAN, GHANAIAN, OTHER] as const;

export const PARTICLE_SURNAMES = `
Jong Jonge Vries Dam Weg Berg Bergh Dijk Groot Wit Boer Haan Graaf Meer Veen Brink Beek Wal Pol Ven
Heuvel Broek Linden Leeuwen Bruijn Bruin Bruyn Koning Ridder Wijk Vliet Heijden Velde Bosch Laan
Water Hoek Kamp Ham Zanden Dool Berghe Kerkhof Hoeven Burg Molen Sluis Hulst Steen Zande Ende
Meulen Vaart Horst Aa Putten Ploeg Klerk Lange Winter Goede Kort Ruiter Wilde Weerd Voort Kooij
Leest Hof Amrani Idrissi Khatib Ouardi Hamdaoui Kaddouri Hassani Ouahabi Silva Santos Costa
`;
