/**
 * Common first names in Amsterdam Zuidoost, grouped by where they are most common; whitespace
 * separated to keep the file short. A list cannot be complete: the people-mentioned list and the
 * capitalised-word heuristic catch the rest. Names that are also ordinary words are in
 * AMBIGUOUS_NAMES (names.ts data) and need more evidence than a capital at a sentence start.
 */
const DUTCH = `
Adriaan Aad Albertus Alex Alexander Anne Annet Annemarie Arend Arie Arnold Bart Benno Bernard
Bob Boris Casper Christiaan Cornelis Daniël Dirkje Edwin Eelco Egbert Elisabeth Emiel Ernst Evert
Ferdinand Floris Frans Frits Gerard Gerben Gert-Jan Gijsbert Hanna Hein Herman Huub Ilona
Jacobus Jacqueline Jasper Jelle Jeroen Joep Johannes Jolien Jorien Jurgen Karel Kars Kees Lambert
Leo Leon Lodewijk Louis Maarten Marcel Marjolein Martin Menno Michiel Mieke Nico Olaf Otto Pieter
Quinten Remco Richard Rien Roel Rogier Ronald Roelof Ruben Sjoerd Sjef Steven Teun Thea Tineke
Ton Twan Vincent Wiebe Wilco Willem-Jan Wout Yvette Ad Aleida Alida Anke Annelies Annemieke Antje
Bea Bernadette Betty Bregje Carolien Cees Cobi Coby Conny Dieuwke Dineke Dorien Ellie Elly Elise
Elles Els Emmy Ria Erna Fenne Femmy Frieda Geertje Gerdien Gonnie Hennie Henny Hetty Ina Ineke
Irene Jannie Jeanne Jet Jikke Jolijn Josien Joyce Judith Karlijn Kitty Lenie Lia Liesbeth Lisanne
Loes Lonneke Maaike Margreet Marianne Marijke Marja Marjan Marlies Marloes Martine Mathilde Mieke
Mies Nel Nelleke Nicolette Nienke Paulien Pien Renate Rianne Rineke Rini Roosje Sandra Sietske
Sjaan Sonja Suzanne Tineke Trijntje Trudy Ank Wies Wilhelmina Willy Wilma Yolande Fien Jet
Daan Luuk Noud Mats Olivier Jens Jip Jayden Vera Fay Puck Benthe Linde Lotte Fleur Floortje Merel
Maud Isis Esmee Elise Evi Ilse Feline Femke Hidde Wessel Thom Stan Gijs Niek Sil Tijn Ties Boaz
Jan Piet Kees Henk Gerrit Johan Willem Hendrik Cor Wim Ton Joop Jaap Klaas Sjaak Ruud Rob Frank
Peter Paul Erik Marco Dennis Jeroen Martijn Daan Sem Levi Finn Milan Jesse Thijs Bram Lars Ruben
Tim Tom Niels Stefan Sander Wouter Maarten Joost Arjan Bert Harry Gert Hans Jos Theo Rene René
Anton Dick Fred Gijs Koen Luuk Stijn Sven Teun Jort Joris Hidde Rutger Pim Rik Job Mees Jurre Siem Guus
Ria Ans Truus Corrie Annie Mien Greet Joke Els Ellen Marleen Mirjam Ingrid Monique Sandra Esther
Marieke Sanne Lotte Anouk Eva Emma Julia Sophie Lisa Anna Tess Noa Mila Femke Willemijn Jolanda
Wilma Petra Karin Astrid Hanneke Inge Annemieke Gerda Bep Riet Tamara Naomi Mirthe Floor Lieke
Marloes Nienke Evelien Janneke Margriet Wendy Miriam Carla Yvonne Ilse Saskia Bianca Manon Kim
Romy Britt Demi Fenna Roos Zoë Zoe Nina Sara Sarah Lynn Jasmijn Isa Elin Saar Liv Nova Yara Lieve
`;

const MOROCCAN = `
Abdelhamid Abdelilah Abdelkrim Abdellatif Abdelmajid Abdelmalek Abderrahim Abderrahman Abdessamad
Abdou Achraf Adam Adnan Ahmed Ayman Aymane Badr Bouchra Chafik Chakib Charaf Driss El-Mehdi
Faouzi Farid Fouzia Ghizlane Hakim Hamza Hassan Hicham Ibtissam Idriss Ikram Ilyass Ismail
Jaouad Jawad Kamal Kaoutar Khadija Lahcen Lamia Latifa Lina Loubna Mehdi Mohcine Mohsin
Mounir Mouna Mustapha Nabila Nadia Najib Nassim Nordine Noura Nouredine Noureddine Ouassim Rachid
Rida Saïd Saida Salah Saloua Sanaa Selma Sofiane Souhail Soukaina Taoufik Touria Wafa Walid
Yahya Yasmine Younes Youssra Zakia Zineb Zoubida Abdelkarim Aziza Fatiha Fadma Fatna Hafida Hakima
Hanane Hayat Jamila Kenza Khalida Lalla Leila Malika Meriem Mimount Mina Naoual Nezha Rabia Rahma
Rkia Sara Safae Siham Sihame Zahira Zakaria Anouar Mohamed-Amine Amine Aymen Bilal Chaimae Douae
Ilham Imane Inas Karima Maryam Nisrin Oumaima Rania Rim Safia Salma Samia Yousra Zaynab Ayoub
Ilias Iliass Mouad Nizar Othmane Oussama Rayane Soufyan Yassir Zakariya Amal Asma Houria Mimoun
Mohand Moh Moha Hamou Abdeslam Abdelmoumen Aissa Thouria Tlaitmas Tamimount Itto Tifawt Tiziri
Anir Amazigh Massinissa Idir Yuba Aksel Dihya
Mohamed Mohammed Mohammad Ahmed Mustafa Mustapha Karim Hamid Abdelkader Abdel Abdelaziz Abdellah
Youssef Yousef Bilal Ayoub Hicham Rachid Khalid Omar Anas Ilias Ilyas Imran Amin Hamza Mehdi
Nordin Redouan Soufiane Zakaria Mourad Driss Hassan Hussein Jamal Nabil Tarik Tarek Younes Yassin
Yassine Othman Brahim Abdelhak Aziz Marouane Reda Samir Sofyan Adil Fouad Larbi Mimoun Rayan
Fatima Khadija Naima Rachida Malika Samira Nadia Latifa Amina Hanan Ilham Sanae Loubna Houda
Meryem Salma Yasmina Souad Zineb Hafsa Ikram Aicha Aïcha Hajar Rajae Siham Najat Jamila Karima
Nezha Zohra Hasna Mariam Nawal Btissam Soumaya Hayat Fadoua Kaoutar Ouafae Hind Asmae Chaima
Imane Nisrine Dounia Sabah Zahra Rkia Habiba Touria
`;

const TURKISH = `
Abdullah Adem Ahmet Ali Alper Alperen Aras Ayhan Aziz Bahar Barış Batuhan Berk Berkay Bilal
Burcu Cemal Cengiz Cihan Dursun Ekrem Emin Emine Emir Ender Erol Ersin Ertan Eyüp Ferhat Fikret
Gökhan Hamza Harun Hikmet İlhan Ilhan İsa Kenan Kübra Mehmet Melih Mesut Mert Muhammed Musa Mustafa
Necati Nihat Nuri Oğuzhan Ozan Özgür Rıza Sadık Sait Salih Sami Savaş Sedat Serdar Sezer Süleyman
Şenol Taner Tarık Tayfun Tuncay Turgay Ufuk Uğur Umut Veli Yakup Yasin Yavuz Yiğit Yücel Zafer
Zeki Aslı Ayla Aylin Ayten Belgin Berna Beyza Betül Birgül Ceren Çiğdem Deniz Dilara Duygu Ela
Elçin Emel Esma Fadime Feride Gamze Gizem Gül Gülcan Gülizar Güler Gülşen Hanife Havva Hilal Huriye
Işıl İlknur Ilknur Kader Kevser Lale Medine Meltem Meryem Miray Naciye Nazlı Nermin Nesrin Nihal
Nilay Nur Nuray Nurhan Pınar Rabia Saadet Sabriye Safiye Selin Semra Serap Sevim Sevgül Seyhan
Sinem Şerife Şule Tuğba Türkan Ümran Yeliz Yıldız Zübeyde Zuhal Elif Hüsnü Selda Songül Hatice
Ahmet Mehmet Hüseyin Emre Eren Kerim Kaya Tolga Yunus Zeynep Elanur Nisanur Sude Ecem Eda Esin
Mehmet Ahmet Ali Hasan Hüseyin Ibrahim İbrahim Murat Emre Burak Orhan Kemal Osman Yusuf Cem Serkan
Volkan Tolga Kaan Mahmut Recep Ömer Erdal Fatih Hakan Ercan Ismail İsmail Halil Ramazan Selim
Metin Levent Kadir Bülent Sinan Onur Erkan Engin Oğuz Baran Efe Arda Kerem Yunus Enes Furkan Can
Ayşe Fatma Emine Hatice Zeynep Elif Esra Büşra Derya Sevda Songül Gülsen Hülya Sibel Özlem
Dilek Yasemin Ebru Merve Tuba Sevgi Filiz Aysel Nurten Serpil Gülay Leyla Melek Sema Neslihan
Canan Şükran Zehra Nurcan Tülay Aynur Hacer Cansu Irem İrem Ecrin Eylül Defne Azra Kübra Sultan
`;

const SURINAMESE_ANTILLEAN = `
Aaron Adelien Ajay Akash Alida Amrita Anita Anjali Arvind Ashok Ashwien Asha Baldew Bhola Chandra
Chandrika Dayanand Devika Dewkoemarie Dinesh Ganesh Gita Gopal Hemraj Indira Jagdish Jairam
Kamla Kanta Kiran Krishna Lakshmi Lalita Mahendra Manoj Meena Mohini Nandini Narain Nitish Padma
Pooja Pradeep Prakash Premchand Radjesh Radjinder Rajesh Rajendra Ramesh Ranjana Rekha Ritesh
Rohit Roshni Sandeep Santosh Sarita Satish Savitri Shanti Shiela Shivani Sangita Sanjay Soenita
Soeresh Sudesh Suresh Sushila Tara Vishnu Vijay Yogesh Anoeska Nirvana Chitra Premila Shirley
Radjin Ashvin Rishi Nitin Krishan Jeetendra Sewtahal Wiedjai Urmila Jasodra Anoesjka Reshma
Aldo Alfons Alvin Anthony Armand Barbara Benito Carmen Cheryl Cornell Darlene Denise Desiree
Dwight Earl Edson Elvira Ernestine Errol Ethel Eugene Ferdinand Gerold Gilbert Glenda Gregory
Hennah Henri Hortense Ivan Jacinta Jennifer Jerry Jessy Johnny Juanita Judith Junior Kenrick
Lesley Lilian Lorna Lucien Lucretia Marcel Marlène Marlene Marvin Maurits Melvin Mildred Milton
Miguel Nadine Nathalie Norma Patrick Percy Quincy Randy Rayen Raymond Reinier Renate Rodney Ronny
Rosalie Roxanne Ruud Sabrina Samantha Sandro Sergio Sharda Sheryl Stacey Sylvana Sylvia Tamara
Terrence Tirza Trudy Urwin Vanessa Vernon Virgil Vivian Wendel Wendela Wilfred Xavier Yvonne
Aidan Dylano Gyliano Jaivano Jayvano Jeremiah Jurmaine Jaylano Kenzo Kyano Lorenzo Naomy Nayeli
Quinsley Queensly Rayvano Shanaya Shaniqua Shivano Shurandy Tyrese Urvin Xaviano Yaïro Zaïra
Aurelio Ramonsito Edsel Giovanni Jurgen Curtley Gilmar Jeanette Kurvin Raymi Rignald Sulay
Arjen Ashanti Charissa Chanel Dyonne Eline Esperanza Gabriëla Ghislaine Ivette Jolanda Kiara
Jayden Shanice Priscilla Roy Errol Ronald Romeo Glenn Dwayne Rudi Erwin Orlando Marciano Ricardo
Clarence Humphrey Edgar Hugo Sherida Sharon Joyce Gracia Chantal Jennifer Melissa Rowena Ramon
Kenneth Raj Sunil Anand Vikash Ravi Deepak Sita Radha Shanti Asha Anjali Kavita Soraya Indra
Rishi Navin Sanjay Ashwin Rakesh Kishan Reshma Sunita Sharmila Nirmala Priya Usha Shirley Ruben
Delano Jerrel Kelvin Romano Stanley Winston Harold Lloyd Irvin Wendell Sergio Regillio Clyde
Ludwig Marlon Sheila Marcia Gerda Ilona Natasja Jurgen Xaviera Quincy Jurian Shaquille Damian
Jermaine Giovanni Ashley Chelsea Naomie Kimberly Jamiro Jaimy Rosita Maureen Yolanda Ingrid
`;

const GHANAIAN = `
Kwadwo Kojo Kwaku Yaw Kofi Kwame Kwabena Kwasi Akwasi Kwesi Kweku Kobby Kodwo Ebo Kow Kwamena
Kobina Yao Kwaw Ato Fiifi Paa Nii Adjoa Ajoa Adwoa Abenaa Abena Akua Aku Akuba Yaa Afua Afia
Efua Efia Ama Amma Esi Akosua Akos Ekua Araba Baaba Kukua Panyin Kakra Dede Naa Dzifa Mawuli
Selasi Sena Edem Elikem Kekeli Dela Delali Yayra Enyonam Kafui Mawuena Akpene Etornam Esinam
Kwadjo Kwadjo Okyere Obiri Ofosu Oheneba Nhyira Ohemaa Serwaa Serwah Adoma Agyeiwaa Boatemaa
Pokuaa Konadu Nyarkoa Afriyie Gyamfua Asantewaa Oforiwaa Amoakoa Benewaa Dufie Fosuaa Owusua
Cecilia Comfort Dora Eunice Felicia Georgina Gifty Grace Hagar Joana Josephine Juliana Lois
Matilda Mavis Millicent Naomi Patience Paulina Priscilla Rosemary Sandra Sarah Stella Sylvia
Ursula Veronica Vivian Wilhelmina Yvonne Benjamin Christopher Clement Daniel Derrick Edmund Elijah
Enoch Ernest Frank Frederick George Gideon Henry Isaac Jacob Joseph Kenneth Lawrence Maxwell
Michael Nicholas Patrick Peter Prosper Raphael Reginald Robert Sampson Seth Thomas Vincent
William Yaw Albert Augustine Bismark Desmond Eben Emmanuel Ernestina Gabriel Joshua Kelvin
Chidi Chinedu Chioma Emeka Ngozi Obinna Uche Adaeze Ifeoma Nkechi Oluwaseun Olumide Tunde Tolu
Ayodele Babajide Bola Folake Funmi Kemi Segun Yemi Adebayo Chukwuma Ikenna Nneka
Kofi Kwame Kwaku Kwabena Kwadwo Kojo Yaw Kwasi Kwesi Kweku Ekow Kobina Fiifi Nana Akosua Adwoa
Abena Akua Yaa Afua Efua Ama Esi Adjoa Araba Akos Kukua Ekua Afia Akwasi Gifty Emmanuel Samuel
Isaac Ebenezer Felix Francis Kingsley Godfred Bernard Collins Eric Richard Stephen Vida Rita
Agnes Beatrice Gloria Florence Evelyn Dorcas Ruth Victoria Doris Vivian Lydia Janet Margaret
Cynthia Rebecca Theresa Benedicta Philomena Jonathan Godwin Kelvin Nathaniel Obed Solomon
`;

const OTHER = `
Abdirahman Abdirizak Abdiaziz Abdikarim Abdinasir Abdiqani Abdisalam Abdiwali Ahmed Amina Ayaan
Ayan Asha Bashir Cabdi Deeqa Farah Farhiya Faduma Fadumo Filsan Habiba Hamdi Hibaaq Hodan
Hussein Ifrah Idil Ilhan Istahil Jamal Khadra Layla Mahad Maryan Muna Mohamed Mukhtar Nasra
Nimco Omar Qamar Rahma Sagal Samira Sahra Shukri Sucaad Sumaya Sahal Warsame Yasmin Yusuf Zamzam
Zahra Xamdi Xaliimo Cawo Caasha Faadumo Hawa Ubah Ugaaso Waris Luul Ladan Kowsar Hamza Mustaf
Abel Aman Bereket Biniam Daniel Dawit Efrem Elsa Eyob Filmon Freweini Genet Goitom Habtom
Hagos Helen Kibrom Kidane Lidya Mebrahtu Mehari Merhawit Mulu Natnael Robel Saba Selam Senait
Simon Tekle Tesfay Tigist Tsega Winta Yemane Yohannes Yonas Yordanos Aster Almaz Meron Rahel
Abigail Alice Andrea Angela Ann Anne Barbara Betty Carol Caroline Catherine Christine Claire
Deborah Diana Donna Dorothy Edward Ellen Emma Frances Gary Harriet Heather Ian Irene Jack Jane
Jean Jeffrey Jennifer Jeremy Jill Joan Joyce Judy Julie Justin Karen Katherine Kathleen Keith
Larry Laurence Linda Lisa Louise Lucy Margaret Martha Matthew Megan Melanie Nancy Natalie Nathan
Neil Nick Nigel Pamela Paula Philip Rachel Rebecca Roger Ronald Rosemary Samantha Scott Sean
Sharon Simon Sophia Stephanie Steve Stuart Teresa Timothy Tony Tracy Vanessa Walter Wayne Zachary
Abdul Abdullah Ahmad Anwar Arash Bahram Darius Farhad Fatemeh Hamid Hossein Karim Leyla Mahmoud
Mehdi Mina Mohsen Nasrin Omid Parisa Reza Roya Sara Shirin Zainab Maryam Yasmin Ali Hasan Hussain
Ewa Anna Barbara Dorota Grzegorz Jakub Joanna Krzysztof Łukasz Lukasz Małgorzata Marek Michał
Paweł Pawel Tomasz Wojciech Zofia Bogdan Ionut Ioana Mihai Andrei Elena Florin Gheorghe Vasile
Kalinda Lavinia Teodora Iuliana Nicoleta Stefania Adriana Cristina
John James David Michael Thomas Lucas Tyrone Marcus Olivia Chloe Sofia Daniela Maria Ana Tomasz
Piotr Kasia Agnieszka Mary Patricia Elizabeth Susan Daniel Joseph William George Charles Robert
Anthony Kevin Brian Jason Steven Andrew Joshua Ryan Nicole Michelle Laura Amanda Jessica Emily
Hannah Jacob Noah Liam Oliver Ethan Mia Ava Isabella Amelia Leila Layla Nour Noor Yasmin Amira
Aisha Ayesha Abdi Abdullahi Mohamud Hodan Fadumo Amal Selam Yonas Tesfaye Dawit Helen Semhar Luis
Carlos João Pedro Paulo Rafael Gabriel Mateus Ana Beatriz Joana Marta Magdalena Katarzyna Adam
`;

export const FIRST_NAMES = [DUTCH, MOROCCAN, TURKISH, SURINAMESE_ANTILLEAN, GHANAIAN, OTHER] as const;
