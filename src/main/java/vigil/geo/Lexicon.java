package vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists the recogniser uses to tell place names from other capitalised words. */
final class Lexicon {
    final Set<String> alwaysStop = new HashSet<>();
    final Set<String> sentenceStartStop = new HashSet<>();
    final Set<String> firstNames = new HashSet<>();

    /** Words that may stand before a place name inside a capitalised run ("In Baghdad", "The Hague"). */
    static final Set<String> FUNCTION = set("a", "an", "the", "in", "at", "on", "of", "to", "from", "for", "by",
            "near", "into", "and", "or", "but", "across", "outside", "inside", "throughout", "around", "across",
            "with", "as", "like", "if", "when", "while", "after", "before", "since", "until", "both", "all",
            "including", "via", "between", "toward", "towards", "than", "then", "also", "only", "even", "said",
            "says", "where", "although", "though", "because", "yet", "so", "not", "no", "every", "each", "over",
            "under", "beyond", "against", "without", "about", "among", "during", "upon", "within", "along", "it",
            "this", "that", "these", "those", "here", "there", "now", "today", "yesterday", "tomorrow", "last",
            "next", "new", "west", "east", "north", "south", "northern", "southern", "eastern", "western",
            "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
            "southeastern", "southwestern", "greater", "upper", "lower", "downtown", "rural", "urban", "metro",
            "suburban", "coastal", "mainland", "neighboring", "neighbouring", "nearby", "war-torn", "oil-rich");

    /** Titles: the capitalised word after one is a person ("President Jordan", "Mr. Paris"). */
    static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president",
            "gov", "governor", "sen", "senator", "rep", "representative", "judge", "justice", "officer", "sgt",
            "sergeant", "lt", "lieutenant", "capt", "captain", "col", "colonel", "gen", "general", "maj", "major",
            "king", "queen", "prince", "princess", "sheikh", "sheik", "pope", "minister", "mayor", "chief",
            "coach", "rev", "reverend", "father", "sister", "brother", "lord", "lady", "sir", "dame", "emir",
            "sultan", "ayatollah", "imam", "cardinal", "bishop", "deputy", "chairman", "secretary", "ambassador",
            "spokesman", "spokeswoman", "commissioner", "councilman", "councilwoman", "detective", "trooper",
            "agent", "pastor", "rabbi", "mullah", "commander", "admiral", "marshal", "prime", "vice", "attorney",
            "dean", "director", "player", "actor", "actress", "singer", "author", "writer");

    /** Words after a name that make "X Word" the name of a division: "Anbar province", "Henry County". */
    static final Set<String> ADMIN_WORDS = set("province", "governorate", "region", "state", "county", "district",
            "city", "prefecture", "oblast", "department", "municipality", "parish", "borough", "township",
            "territory", "emirate", "canton", "village", "town");

    /** Words after which a capitalised name is a location: "in Lanexa", "near Harwinton". */
    static final Set<String> LOCATIVE = set("in", "at", "near", "from", "to", "into", "outside", "of", "around",
            "toward", "towards", "through", "across", "via", "between", "inside", "throughout", "within", "across",
            "visit", "visited", "visiting", "reach", "reached", "entered", "left", "leaving", "fled", "north",
            "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
            "northwest", "southeast", "southwest", "downtown", "suburban", "rural", "base", "based", "born",
            "lives", "lived", "town", "city", "village", "province", "county", "state", "region", "capital",
            "district", "neighboring", "neighbouring", "nearby", "and", "or", "en", "de", "desde", "hacia");

    /** Head words of organisation names that begin with a place: "The New York Times", "China Daily". */
    static final Set<String> ORG_HEADS = set("times", "post", "herald", "daily", "tribune", "journal", "gazette",
            "telegraph", "chronicle", "observer", "examiner", "courier", "airlines", "airways", "university",
            "college", "institute", "corporation", "corp", "inc", "company", "ltd", "fc", "united", "rangers",
            "bulls", "giants", "yankees", "lakers", "express", "standard", "mirror", "independent", "guardian",
            "monitor", "broadcasting", "television", "radio", "news", "press", "bank", "exchange");

    /**
     * Local bodies named after their town: "Hopkinton Police", "Dublin City Council", "Winona Fire Department".
     * The town's name before them is a toponym in local news gold sets.
     */
    static final Set<String> LOCAL_BODIES = set("police", "fire", "sheriff", "sheriff's", "high", "regional",
            "public", "community", "department", "council", "civic", "senior", "volunteer", "unified", "circuit",
            "selectman", "selectmen", "mayor", "school", "schools", "library", "township", "board", "planning",
            "municipal", "rescue", "ambulance", "chamber", "housing", "hall", "commission", "commissioners",
            "manager", "clerk", "attorney", "officials", "limits");

    /** Nouns after which a small town's name is a place: "a Chapin man", "Grovetown police", "Winona residents". */
    static final Set<String> TOWN_NOUNS = set("man", "woman", "men", "women", "boy", "girl", "teen", "teenager",
            "resident", "residents", "native", "natives", "police", "officers", "firefighter", "firefighters",
            "officials", "mayor", "council", "townspeople", "neighborhood", "neighbourhood", "area", "couple",
            "family", "families", "homeowners", "voters", "businesses");

    static final Set<String> COMPASS = set("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater");

    /** Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Deir ez-Zor"). */
    static final Set<String> CONNECTORS = set("of", "de", "del", "la", "le", "el", "al", "ez", "es", "as", "ad",
            "ed", "on", "upon", "and", "the", "des", "du", "da", "do", "dos", "das", "y", "i", "en", "am", "an",
            "der", "di", "van", "von", "sur", "les", "in", "ul", "ur", "bin", "ibn", "on-the", "au", "aux", "d");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static volatile Lexicon instance;

    static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) instance = new Lexicon();
                l = instance;
            }
        }
        return l;
    }

    private Lexicon() {
        Set<String> section = alwaysStop;
        try (InputStream in = Lexicon.class.getResourceAsStream("stopwords.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.equals("[always]")) { section = alwaysStop; continue; }
                if (line.equals("[sentence-start]")) { section = sentenceStartStop; continue; }
                section.add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Lexicon.class.getResourceAsStream("first-names.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) firstNames.add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
