package vigil.events;

import java.util.List;

/**
 * Other ways to name the same events, for tools built on other ontologies.
 * <ul>
 * <li>{@code STANDARD}: PLOVER (2021 types) with CAMEO and ACLED labels side by side.</li>
 * <li>{@code ACLED}: ACLED codes one event per report with the most severe sub-event type, so the article's
 *     events collapse into one; a protest met by force becomes FORCE_AGAINST_PROTEST.</li>
 * <li>{@code PLOVER2018}: the 2018 draft names of PLOVER types still used by older data (DISAPPROVE for
 *     ACCUSE, DEMAND for REQUEST, INVESTIGATE, and FIGHT for armed combat within ASSAULT).</li>
 * </ul>
 */
public enum Views {
    STANDARD, ACLED, PLOVER2018;

    /** ACLED sub-event types from most to least severe. */
    private static final List<String> SEVERITY = List.of("CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK",
            "REM_EXPLOS", "GRENADE", "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
            "SEX_VIOL", "ABDUCT_DISSAP", "ATTACK", "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR",
            "MOB_VIOL", "PEACE_PROTEST", "ARREST", "DISR_WEAP", "PROPERTY_DISTRUCT", "HQ_ESTABLISHED",
            "NON_VIOL_TERRIT_TRANSFER", "CHANGE_TO_GROUP_ACT", "AGREEMENT", "DIPLO");

    /** The ACLED view: at most one event, labelled with the most severe sub-event type found. */
    static List<CodedEvent> acled(List<CodedEvent> events) {
        boolean protest = false, force = false, arrest = false;
        for (CodedEvent e : events) {
            if (e.acled() == null) continue;
            if (e.event().plover().equals("PROTEST")) protest = true;
            if (e.acled().equals("FORCE_AGAINST_PROTEST")) force = true;
            if (e.acled().equals("ARREST")) arrest = true;
        }
        CodedEvent best = null;
        int bestRank = Integer.MAX_VALUE;
        for (CodedEvent e : events) {
            if (e.acled() == null) continue;
            String label = e.acled();
            if (protest && e.event().plover().equals("PROTEST")) {
                if (force) label = "FORCE_AGAINST_PROTEST";
                else if (arrest) label = "PROTEST_WITH_INTER";
            }
            int rank = SEVERITY.indexOf(label);
            if (rank < 0) rank = SEVERITY.size();
            if (protest && !label.equals(e.acled())) rank = -1;
            if (rank < bestRank) {
                bestRank = rank;
                best = new CodedEvent(e.event(), label);
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** The 2018 draft name of a PLOVER type. */
    static String plover2018(String plover, String mode, String cameo) {
        return switch (plover) {
            case "ACCUSE" -> "investigate".equals(mode) ? "INVESTIGATE" : "DISAPPROVE";
            case "REQUEST" -> "DEMAND";
            case "ASSAULT" -> ("firearms".equals(mode) || "heavy-weapons".equals(mode) || "aerial".equals(mode)
                    || "192".equals(cameo) || "196".equals(cameo)) ? "FIGHT" : "ASSAULT";
            default -> plover;
        };
    }
}
