/**
 * Common first names in Amsterdam Zuidoost, grouped by where they are most common; whitespace
 * separated to keep the file short. A list cannot be complete: the people-mentioned list and the
 * capitalised-word heuristic catch the rest. Names that are also ordinary words are in
 * AMBIGUOUS_NAMES (names.ts data) and need more evidence than a capital at a sentence start.
 */
const DUTCH = `
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
Mehmet Ahmet Ali Hasan Hüseyin Ibrahim İbrahim Murat Emre Burak Orhan Kemal Osman Yusuf Cem Serkan
Volkan Tolga Kaan Mahmut Recep Ömer Erdal Fatih Hakan Ercan Ismail İsmail Halil Ramazan Selim
Metin Levent Kadir Bülent Sinan Onur Erkan Engin Oğuz Baran Efe Arda Kerem Yunus Enes Furkan Can
Ayşe Fatma Emine Hatice Zeynep Elif Esra Büşra Derya Sevda Songül Gülsen Hülya Sibel Özlem
Dilek Yasemin Ebru Merve Tuba Sevgi Filiz Aysel Nurten Serpil Gülay Leyla Melek Sema Neslihan
Canan Şükran Zehra Nurcan Tülay Aynur Hacer Cansu Irem İrem Ecrin Eylül Defne Azra Kübra Sultan
`;

const SURINAMESE_ANTILLEAN = `
Jayden Shanice Priscilla Roy Errol Ronald Romeo Glenn Dwayne Rudi Erwin Orlando Marciano Ricardo
Clarence Humphrey Edgar Hugo Sherida Sharon Joyce Gracia Chantal Jennifer Melissa Rowena Ramon
Kenneth Raj Sunil Anand Vikash Ravi Deepak Sita Radha Shanti Asha Anjali Kavita Soraya Indra
Rishi Navin Sanjay Ashwin Rakesh Kishan Reshma Sunita Sharmila Nirmala Priya Usha Shirley Ruben
Delano Jerrel Kelvin Romano Stanley Winston Harold Lloyd Irvin Wendell Sergio Regillio Clyde
Ludwig Marlon Sheila Marcia Gerda Ilona Natasja Jurgen Xaviera Quincy Jurian Shaquille Damian
Jermaine Giovanni Ashley Chelsea Naomie Kimberly Jamiro Jaimy Rosita Maureen Yolanda Ingrid
`;

const GHANAIAN = `
Kofi Kwame Kwaku Kwabena Kwadwo Kojo Yaw Kwasi Kwesi Kweku Ekow Kobina Fiifi Nana Akosua Adwoa
Abena Akua Yaa Afua Efua Ama Esi Adjoa Araba Akos Kukua Ekua Afia Akwasi Gifty Emmanuel Samuel
Isaac Ebenezer Felix Francis Kingsley Godfred Bernard Collins Eric Richard Stephen Vida Rita
Agnes Beatrice Gloria Florence Evelyn Dorcas Ruth Victoria Doris Vivian Lydia Janet Margaret
Cynthia Rebecca Theresa Benedicta Philomena Jonathan Godwin Kelvin Nathaniel Obed Solomon
`;

const OTHER = `
John James David Michael Thomas Lucas Tyrone Marcus Olivia Chloe Sofia Daniela Maria Ana Tomasz
Piotr Kasia Agnieszka Mary Patricia Elizabeth Susan Daniel Joseph William George Charles Robert
Anthony Kevin Brian Jason Steven Andrew Joshua Ryan Nicole Michelle Laura Amanda Jessica Emily
Hannah Jacob Noah Liam Oliver Ethan Mia Ava Isabella Amelia Leila Layla Nour Noor Yasmin Amira
Aisha Ayesha Abdi Abdullahi Mohamud Hodan Fadumo Amal Selam Yonas Tesfaye Dawit Helen Semhar Luis
Carlos João Pedro Paulo Rafael Gabriel Mateus Ana Beatriz Joana Marta Magdalena Katarzyna Adam
`;

export const FIRST_NAMES = [DUTCH, MOROCCAN, TURKISH, SURINAMESE_ANTILLEAN, GHANAIAN, OTHER] as const;
