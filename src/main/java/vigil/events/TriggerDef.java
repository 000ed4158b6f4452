package vigil.events;

import java.util.List;

/**
 * One line of a trigger dictionary: words that report an event of a PLOVER type.
 *
 * @param lang    language code
 * @param noun    true for nominal triggers ("airstrike"), false for verbs ("killed")
 * @param weak    dropped in sentences about disasters or accidents
 * @param phrase  the words
 * @param plover  PLOVER type
 * @param mode    PLOVER mode or null
 * @param context PLOVER contexts
 * @param cameo   CAMEO code
 * @param acled   ACLED sub-event type when the words decide it, else null
 */
public record TriggerDef(String lang, boolean noun, boolean weak, Phrase phrase, String plover, String mode,
                         List<String> context, String cameo, String acled) {
    /** The PLOVER type of a line of nontriggers.tsv: words that look like a trigger but report nothing. */
    static final String NOT_AN_EVENT = "-";

    static TriggerDef notAnEvent(String lang, Phrase phrase) {
        return new TriggerDef(lang, false, false, phrase, NOT_AN_EVENT, null, List.of(), null, null);
    }

    boolean reportsNothing() {
        return NOT_AN_EVENT.equals(plover);
    }
}
