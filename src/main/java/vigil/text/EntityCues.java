package vigil.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Word lists the {@link EntityRecognizer} classifies capitalized sequences with: titles before person names,
 * speech verbs after them, head words of organizations, armed groups and places, common first names, and the
 * capitalized words that start sentences without naming anything. English, Spanish and Arabic.
 */
final class EntityCues {
    private EntityCues() {}

    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Titles and roles before a person's name (compared in lower case). */
    static final Set<String> TITLES = set("president", "vice", "prime", "minister", "secretary", "gen.", "general",
            "col.", "colonel", "lt.", "lieutenant", "maj.", "major", "capt.", "captain", "sgt.", "sergeant", "cpl.",
            "adm.", "admiral", "brig.", "brigadier", "commander", "cmdr.", "mr.", "mrs.", "ms.", "dr.", "prof.", "king",
            "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "ayatollah", "imam", "pope", "cardinal",
            "bishop", "rev.", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "chancellor",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "director",
            "chairman", "chairwoman", "judge", "justice", "lawmaker", "deputy", "commissioner", "inspector", "officer",
            "marshal", "field", "presidente", "presidenta", "ministro", "ministra", "canciller", "coronel", "teniente",
            "capitán", "sargento", "comandante", "almirante", "sr.", "sra.", "señor", "señora", "don", "doña", "rey",
            "reina", "príncipe", "alcalde", "alcaldesa", "gobernador", "gobernadora", "senador", "senadora",
            "diputado", "diputada", "portavoz", "vocero", "vocera", "jefe", "jefa", "líder", "fiscal", "juez", "jueza",
            "gral.", "cnel.", "tte.", "dr", "mr", "mrs", "ms", "gen", "col", "lt", "sgt", "capt");

    /** Words that qualify a title ("Foreign Minister", "Deputy Prime Minister"); not part of the name. */
    static final Set<String> TITLE_MODIFIERS = set("foreign", "defence", "defense", "interior", "finance", "health",
            "justice", "energy", "education", "trade", "economy", "former", "acting", "deputy", "vice", "prime",
            "chief", "senior", "top", "state", "opposition", "army", "military", "police", "national", "security",
            "regional", "provincial", "district", "county", "city", "assistant", "first", "lady", "attorney",
            "crown", "supreme");

    /** Arabic titles before a name (compared after {@link TextNormalizer#key}). */
    static final Set<String> ARABIC_TITLES = keys("الرئيس", "رئيس", "الوزير", "وزير", "اللواء", "العميد", "العقيد",
            "الفريق", "المقدم", "الرائد", "النقيب", "الشيخ", "الملك", "الأمير", "السيد", "السيدة", "المتحدث", "الناطق",
            "الزعيم", "القائد", "الجنرال", "النائب", "السفير", "المبعوث", "الدكتور", "المستشار", "الأمين", "قائد",
            "زعيم", "المرشد", "آية", "الإمام", "المشير", "محافظ", "المحافظ", "الشريف", "الحاج", "المواطن", "الصحفي", "الناشط",
            "الجندي", "الرقيب");

    /** Arabic words after which the next word names a place. */
    static final Set<String> ARABIC_PLACE_CUES = keys("مدينة", "محافظة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم",
            "مخيم", "حي", "ريف", "ناحية", "قضاء", "مقاطعة", "جزيرة", "ميناء", "مطار", "معبر", "بمدينة", "بمحافظة",
            "ببلدة", "بقرية", "بمنطقة", "بولاية", "بإقليم", "بمخيم", "وبلدة", "ومدينة", "لمدينة", "العاصمة");

    /** Arabic words that end a name taken after a title. */
    static final Set<String> ARABIC_STOP = keys("في", "من", "على", "إن", "أن", "قال", "أعلن", "أكد", "خلال", "إلى",
            "عن", "مع", "الذي", "التي", "يوم", "بعد", "قبل", "و", "أو", "إنه", "إن", "أنه", "هذا", "هذه", "كما",
            "لا", "لم", "لن", "قد", "كان", "كانت", "حيث", "بين", "عند", "منذ", "باسم", "ان", "انه", "اليوم", "أمس",
            "صباح", "مساء", "الى", "يقول", "وقال", "وأضاف", "أضاف", "أوضح", "مشيرا", "مؤكدا");

    /** Arabic words a name may be made of although they start with ال ("عبد الله", "أبو الغيط"). */
    static final Set<String> ARABIC_NAME_PREFIXES = keys("عبد", "أبو", "ابو", "بن", "ابن", "أبي", "بنت");

    /** Speech verbs after a person's name. */
    static final Set<String> SPEECH_VERBS = set("said", "says", "told", "added", "wrote", "tweeted", "stated",
            "explained", "insisted", "argued", "recalled", "warned", "noted", "claimed", "stressed", "dijo", "afirmó",
            "declaró", "aseguró", "señaló", "indicó", "explicó", "agregó", "añadió", "sostuvo", "denunció", "advirtió",
            "manifestó", "precisó", "subrayó", "destacó");

    /** Last words of organization names. */
    static final Set<String> ORG_HEADS = set("ministry", "party", "council", "committee", "union", "association",
            "agency", "bank", "company", "corporation", "corp.", "inc.", "ltd", "group", "organization",
            "organisation", "movement", "police", "court", "university", "commission", "institute", "foundation",
            "times", "post", "journal", "news", "network", "authority", "office", "department", "service", "services",
            "alliance", "coalition", "federation", "parliament", "assembly", "senate", "congress", "government",
            "cabinet", "hospital", "church", "fund", "programme", "program", "watch", "international", "airlines",
            "airways", "command", "navy", "club", "board", "bureau", "centre", "center", "school", "college",
            "tribunal", "forces", "army", "guard", "corps", "force", "ministerio", "partido", "consejo", "comisión",
            "fiscalía", "tribunal", "corte", "asamblea", "congreso", "senado", "banco", "comité", "agencia",
            "instituto", "organización", "unión", "federación", "asociación", "cámara", "secretaría", "procuraduría",
            "defensoría", "alcaldía", "gobernación", "gobierno", "universidad", "ejército", "policía", "fuerzas",
            "armada", "oficina", "empresa", "fundación", "movimiento", "frente", "ejercito", "policia", "comision",
            "organizacion", "union", "federacion", "asociacion", "fundacion", "fiscalia", "defensoria", "camara",
            "secretaria", "procuraduria", "alcaldia", "gobernacion", "infanteria", "infantería", "marina");

    /** Words whose sequence names an armed group ("Martyrs Brigade", "Brigadas ..."). */
    static final Set<String> ARMED_HEADS = set("brigade", "brigades", "battalion", "battalions", "militia", "militias",
            "mujahideen", "mujahedeen", "jihad", "rebels", "insurgents", "brigada", "brigadas", "batallón", "milicia",
            "milicias", "guerrilla", "cartel", "cártel", "gang", "pandilla", "mara", "batallon");

    /** Words that make a capitalized sequence a place. */
    static final Set<String> LOCATION_HEADS = set("city", "province", "region", "district", "county", "river",
            "mountains", "mountain", "valley", "island", "islands", "sea", "ocean", "gulf", "bay", "lake", "desert",
            "street", "square", "road", "airport", "camp", "governorate", "strait", "peninsula", "coast", "hills",
            "heights", "plain", "basin", "delta", "canal", "crossing", "highway", "port", "oblast", "territory",
            "village", "town", "municipality", "prefecture", "state", "mount", "avenue", "bridge", "neighbourhood",
            "neighborhood", "quarter", "base", "río", "lago", "monte", "sierra", "golfo", "mar", "provincia",
            "departamento", "municipio", "ciudad", "isla", "islas", "plaza", "calle", "avenida", "valle", "cordillera",
            "barrio", "vereda", "corregimiento", "estado", "región", "distrito", "puerto", "aeropuerto", "frontera",
            "hill", "hills", "falls", "springs", "park", "beach", "creek", "point", "harbor", "harbour", "ridge",
            "grove", "junction", "field", "mills", "haven", "woods", "township", "parish", "borough", "canyon",
            "forest", "pass", "highlands", "plateau", "reservoir", "dam", "corridor", "zone", "enclave");

    /** Endings of place names ("Louisville", "Pittsburgh", "Manchester", "Yorkshire", "Jalalabad"). */
    static final java.util.List<String> PLACE_SUFFIXES = java.util.List.of("ville", "burg", "burgh", "chester",
            "shire", "abad", "istan", "grad", "polis");

    /** First words that make a sequence a place ("New ...", "San ...", "North ..."). */
    static final Set<String> LOCATION_PREFIXES = set("new", "san", "santa", "santo", "saint", "st.", "port", "fort",
            "mount", "lake", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "upper", "lower", "greater", "el", "los", "las", "la", "puerto", "villa", "ciudad", "cape",
            "gulf", "río", "golfo", "isla", "islas", "sierra", "monte", "bahía", "cabo",
            // Arabic place words: valley, mountain, cape, hill, monastery, village, well, spring
            "wadi", "jabal", "jebel", "ras", "tal", "tell", "deir", "kafr", "bir", "ain");

    /** Lower-case words before a place name. */
    static final Set<String> LOCATION_PREPOSITIONS = set("in", "near", "from", "outside", "across", "into", "toward",
            "towards", "around", "through", "throughout", "inside", "en", "cerca", "desde", "hacia",
            "entre", "hasta", "por");

    /** Connectors inside an organization or place name ("Ministry of Defence", "Gulf of Aden"). */
    static final Set<String> OF_CONNECTORS = set("of", "for", "de", "del", "on");

    /** Lower-case particles inside personal and place names ("Mohammed bin Salman", "al-Sudani", "Ould"). */
    static final Set<String> NAME_PARTICLES = set("al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der",
            "den", "da", "di", "du", "dos", "ul", "ud", "e", "la", "le", "ag", "ould", "wa", "y");

    /** Capitalized words that start sentences but are not names. */
    static final Set<String> NOT_NAMES = set("The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She", "It",
            "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My",
            "After", "Before", "When", "While", "As", "If", "Since", "Although", "Though", "Meanwhile", "However",
            "Also", "Other", "Some", "Many", "Most", "More", "All", "Both", "There", "Here", "Then", "Now", "Today",
            "Yesterday", "According", "For", "With", "Without", "By", "From", "To", "Under", "Over", "During",
            "Despite", "Following", "Amid", "Among", "Earlier", "Later", "Last", "Next", "Such", "What", "Who",
            "Why", "How", "Where", "Which", "No", "Not", "One", "Two", "Three", "Several", "Each", "Every", "Another",
            "Any", "Only", "Even", "Still", "Yet", "So", "Thus", "Instead", "Once", "Until", "About", "Against",
            "Mr", "Like", "Unlike", "Because", "Asked", "Speaking", "Police", "Officials", "Residents", "Witnesses",
            "Security", "Government", "Authorities", "Troops", "Soldiers", "Rebels", "Militants", "Gunmen",
            "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "En", "Con", "Por", "Para", "Según", "Tras",
            "Durante", "Desde", "Este", "Esta", "Estos", "Estas", "Pero", "Y", "Sin", "Sobre", "Al", "Del", "Su",
            "Sus", "Ese", "Esa", "Aunque", "Cuando", "Mientras", "Además", "También", "Ante", "Hasta", "Otro", "Otra",
            "Lo", "Le", "Se", "No", "Ya", "Hoy", "Ayer", "Así", "Entre", "Como", "Donde", "Qué", "Quién");

    /** Month and weekday names: capitalized in English, never entities. */
    static final Set<String> CALENDAR = set("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
            "Septiembre", "Octubre", "Noviembre", "Diciembre", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes",
            "Sábado", "Domingo");

    /** Common first names in news (English, Spanish, and Arabic/Persian/Turkish transliterations). */
    static final Set<String> FIRST_NAMES = set("John", "Michael", "David", "James", "Robert", "William", "Richard",
            "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Mark", "Donald", "Paul", "Steven",
            "Andrew", "Kenneth", "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Anthony", "Jason", "Jeff",
            "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Frank",
            "Brandon", "Benjamin", "Samuel", "Peter", "Patrick", "Jack", "Dennis", "Jerry", "Alexander", "Tyler",
            "Henry", "Douglas", "Adam", "Nathan", "Zachary", "Kyle", "Walter", "Harold", "Jeremy", "Ethan", "Carl",
            "Keith", "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur", "Austin", "Noah", "Lawrence", "Jesse",
            "Joe", "Bryan", "Billy", "Jordan", "Albert", "Dylan", "Bruce", "Willie", "Gabriel", "Alan", "Juan",
            "Logan", "Wayne", "Ralph", "Roy", "Eugene", "Randy", "Vincent", "Russell", "Louis", "Philip", "Bobby",
            "Johnny", "Bradley", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
            "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
            "Michelle", "Dorothy", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
            "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma",
            "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria",
            "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren",
            "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances",
            "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail",
            "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia",
            "Marie", "Diana", "Brittany", "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Vladimir",
            "Sergei", "Sergey", "Dmitry", "Volodymyr", "Emmanuel", "Olaf", "Angela", "Recep", "Xi", "Narendra", "Kim",
            "José", "Jose", "Luis", "Carlos", "Jorge", "Pedro", "Miguel", "Antonio", "Francisco", "Manuel", "Javier",
            "Alejandro", "Rafael", "Fernando", "Ricardo", "Andrés", "Gustavo", "Nicolás", "Gabriel", "Álvaro",
            "Diego", "Sergio", "Pablo", "Ana", "Carmen", "Lucía", "Isabel", "Rosa", "Claudia", "Gabriela", "Daniela",
            "Mohammed", "Mohamed", "Muhammad", "Mohammad", "Mohamad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hasan",
            "Hussein", "Husain", "Omar", "Umar", "Abdullah", "Abdallah", "Ibrahim", "Mustafa", "Mostafa", "Khalid",
            "Khaled", "Youssef", "Yousef", "Yusuf", "Mahmoud", "Mahmud", "Abdel", "Abdul", "Abd", "Said", "Saeed",
            "Salem", "Salim", "Tariq", "Tarek", "Walid", "Waleed", "Nasser", "Nasr", "Hamid", "Hamad", "Faisal",
            "Fahd", "Sultan", "Majid", "Karim", "Kareem", "Rashid", "Rashed", "Jamal", "Adel", "Adil", "Samir",
            "Sami", "Fadi", "Bashar", "Hafez", "Nabil", "Nabeel", "Osama", "Usama", "Ismail", "Ismael", "Yahya",
            "Zakaria", "Ayman", "Anwar", "Abu", "Fatima", "Fatma", "Aisha", "Ayesha", "Mariam", "Maryam", "Zainab",
            "Layla", "Leila", "Nour", "Noor", "Huda", "Amal", "Salma", "Hanan", "Rania", "Abdelfattah", "Abdulaziz",
            "Abdelaziz", "Mahdi", "Mehdi", "Reza", "Hossein", "Hosseini", "Javad", "Masoud", "Massoud", "Ebrahim",
            "Benjamin", "Yoav", "Isaac", "Itamar", "Bezalel", "Naftali", "Yair", "Benny", "Ismail", "Imran",
            "Shehbaz", "Nawaz", "Asif", "Hamza", "Bilal", "Abiy", "Paul", "Yoweri", "William", "Cyril", "Bola",
            "Muhammadu", "Félix", "Felix", "Denis", "Salva", "Riek", "Abdel-Fattah", "Mohamed-Hamdan");

    private static Set<String> keys(String... words) {
        String[] k = new String[words.length];
        for (int i = 0; i < words.length; i++) k[i] = TextNormalizer.key(words[i]);
        return Set.copyOf(Arrays.asList(k).stream().distinct().toList());
    }
}
