package org.convenor.network.imports.demo;

import java.util.List;

/**
 * Invented first and family names by naming tradition; combined only within one tradition, so that every person
 * in the demo has a name that could be real without being anyone's.
 */
enum Culture {
    ANGLO(List.of("Harriet", "Oliver", "Siobhan", "Rachel", "Daniel", "Grace", "Thomas", "Eleanor", "Callum",
            "Bridget", "Marcus", "Imogen", "Declan", "Tessa", "Niamh", "Rory", "Joanna", "Hugh", "Abigail", "Kieran",
            "Martha", "Felix", "Rosalind", "Gareth", "Catriona", "Ewan"),
            List.of("Whitlock", "Fairbairn", "Ashworth", "Pemberton", "Gallagher", "Hargreaves", "Doyle", "Marsh",
                    "Calloway", "Rennick", "Blythe", "Tolland", "Ferris", "Ainsworth", "Thornbury", "Quayle", "Mulcahy",
                    "Penhaligon", "Strachan", "Kilbride", "Ashby", "Garside", "Llewellyn", "Ormerod", "Tiernan",
                    "Brockway")),
    FRENCH(List.of("Clémence", "Élodie", "Mathieu", "Margot", "Julien", "Hélène", "Gaël", "Anaïs", "Benoît", "Thibault", "Solène"),
            List.of("Moreau", "Lefèvre", "Girard", "Marchand", "Rousseau", "Delacroix", "Perrin", "Chevalier", "Fabre", "Garnier",
                    "Leclerc")),
    GERMANIC(List.of("Matthias", "Greta", "Jonas", "Anke", "Pieter", "Femke", "Lukas", "Jörg", "Marieke", "Katrin", "Willem"),
            List.of("Brandt", "Keller", "Schäfer", "Van der Berg", "Hoekstra", "Vogt", "Dreyer", "Maassen",
                    "Kühn", "Hartmann", "Bakker", "Oosterhuis")),
    NORDIC(List.of("Ingrid", "Henrik", "Søren", "Astrid", "Linnea", "Erik", "Maja", "Torvald", "Sigrid", "Anders"),
            List.of("Lindqvist", "Haugen", "Halvorsen", "Nyberg", "Dahl", "Sørensen", "Ekström", "Brekke", "Lund", "Vik", "Aaberg")),
    EAST_AFRICAN(List.of("Amani", "Wanjiru", "Otieno", "Achieng", "Baraka", "Nyambura", "Zawadi", "Juma",
            "Akello", "Deng", "Nyandeng", "Wekesa", "Auma", "Chebet", "Ladu"),
            List.of("Wambui", "Odhiambo", "Kamau", "Njoroge", "Mutua", "Achola", "Kiprotich", "Owino", "Okello",
                    "Garang", "Atem", "Wafula", "Chepkoech", "Lokuru", "Ayuel")),
    WEST_AFRICAN(List.of("Amara", "Chinedu", "Ngozi", "Kwame", "Adaeze", "Folake", "Yaw", "Efua", "Babajide",
            "Aminata", "Tunde", "Abena", "Ifeoma", "Moussa"),
            List.of("Osei", "Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Diallo", "Bankole", "Ekwueme", "Oyelaran", "Asante",
                    "Ogunleye", "Traoré", "Acheampong")),
    ARAB(List.of("Rania", "Omar", "Layla", "Yusuf", "Hiba", "Karim", "Nour", "Samir", "Dima", "Tariq", "Salma",
            "Mazen", "Reem", "Yasmin", "Fadi", "Lina", "Bassam", "Maha", "Khaled", "Rasha", "Ziad"),
            List.of("Haddad", "Khoury", "Al-Masri", "Nasser", "Darwish", "Saleh", "Barakat", "Hamdan", "Qasim",
                    "Abu Zaid", "El-Tayeb", "Sabbagh", "Jaber", "Mansour", "Harb", "Shami", "Azzam", "Fakhoury",
                    "Rifai")),
    LATIN(List.of("Lucía", "Mateo", "Camila", "Joaquín", "Valentina", "Andrés", "Inés", "Tomás", "Ximena", "Paola", "Diego"),
            List.of("Núñez", "Ortega", "Villanueva", "Restrepo", "Cárdenas", "Peña", "Salgado", "Ibáñez", "Quintero", "Ávila",
                    "Mejía")),
    LUSO(List.of("João", "Beatriz", "Rafael", "Luana", "Thiago", "Conceição", "Mariana", "Gustavo"),
            List.of("Albuquerque", "Moraes", "Siqueira", "Brandão", "Falcão", "Teixeira", "Cavalcanti")),
    SOUTH_ASIAN(List.of("Priya", "Arjun", "Farah", "Imran", "Meera", "Rohan", "Ananya", "Sanjay", "Ayesha", "Kavya", "Zain"),
            List.of("Raghavan", "Chaudhry", "Menon", "Siddiqui", "Banerjee", "Kapadia", "Rao", "Qureshi", "Iyer", "Mirza",
                    "Dutta")),
    UKRAINIAN(List.of("Oksana", "Taras", "Iryna", "Mykola", "Halyna", "Bohdan", "Solomiia", "Olena", "Andrii"),
            List.of("Kovalenko", "Shevchuk", "Bondar", "Melnyk", "Hrytsenko", "Tkachuk", "Savchuk", "Marchenko",
                    "Pylypenko")),
    SOUTHERN_AFRICAN(List.of("Thandiwe", "Sipho", "Lerato", "Kagiso", "Nomvula", "Anneke", "Themba", "Palesa"),
            List.of("Dlamini", "Nkosi", "Mokoena", "van Wyk", "Ndlovu", "Mahlangu", "Khumalo", "Molefe")),
    TURKISH(List.of("Elif", "Mert", "Zeynep", "Emre", "Defne", "Can", "Aylin"),
            List.of("Aksoy", "Yıldız", "Kaya", "Özdemir", "Çelik", "Arslan", "Doğan"));

    final List<String> first;
    final List<String> last;

    Culture(List<String> first, List<String> last) {
        this.first = first;
        this.last = last;
    }
}
