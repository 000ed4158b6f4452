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
 * <li>{@code CAMEO}: as STANDARD, but one event per source-target pair, as CAMEO counts events
 *     ("Gondor and Arnor met Rohan" is two).</li>
 * <li>{@code PLOVER2018_MOBILIZE}: the 2018 names, with mass action (demonstrations, marches, strikes, sit-ins,
 *     blockades) named MOBILIZE, as in data annotated on that draft where PROTEST is dissent voiced without
 *     naming its form ("protested against", "a wave of protests", "a formal protest").</li>
 * </ul>
 */
public enum Views {
    STANDARD, ACLED, PLOVER2018, CAMEO, PLOVER2018_MOBILIZE;

    /** ACLED sub-event types from most to least severe. */
    private static final List<String> SEVERITY = List.of("CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK",
            "REM_EXPLOS", "GRENADE", "ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
            "SEX_VIOL", "ABDUCT_DISSAP", "ATTACK", "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR",
            "MOB_VIOL", "PEACE_PROTEST", "ARREST", "DISR_WEAP", "PROPERTY_DISTRUCT", "HQ_ESTABLISHED",
            "NON_VIOL_TERRIT_TRANSFER", "CHANGE_TO_GROUP_ACT", "AGREEMENT", "DIPLO");

    /** The ACLED view: at most one event, labelled with the most severe sub-event type found. */
    static List<CodedEvent> acled(List<CodedEvent> events) {
        CodedEvent protest = null;
        boolean riot = false, lethal = false, intervention = false, force = false;
        for (CodedEvent e : events) {
            String a = e.acled();
            if (a == null) continue;
            if (e.event().plover().equals("PROTEST") && protest == null) protest = e;
            if (a.equals("VIOL_DEMONSTR") || a.equals("MOB_VIOL") || a.equals("ARMED_CLASH")) riot = true;
            if (e.event().plover().equals("ASSAULT") && e.event().fatalities() != null) lethal = true;
            if (a.equals("PROTEST_WITH_INTER") || a.equals("ARREST")) intervention = true;
            if (a.equals("FORCE_AGAINST_PROTEST")) force = true;
        }
        CodedEvent best = null;
        int bestRank = Integer.MAX_VALUE;
        for (CodedEvent e : events) {
            if (e.acled() == null) continue;
            int rank = SEVERITY.indexOf(e.acled());
            if (rank < 0) rank = SEVERITY.size();
            if (rank < bestRank) {
                bestRank = rank;
                best = e;
            }
        }
        if (protest != null && bestRank >= SEVERITY.indexOf("ARMED_CLASH")) {
            // a protest and what happened at it is one ACLED event
            String label = riot ? "VIOL_DEMONSTR" : lethal || force ? "FORCE_AGAINST_PROTEST"
                    : intervention ? "PROTEST_WITH_INTER" : protest.acled();
            return List.of(new CodedEvent(protest.event(), label));
        }
        if (best != null && best.acled().equals("ATTACK") && best.event().fatalities() == null) {
            // an attack without victims ranks below arrests and seizures reported with it ("arrested during raids")
            for (CodedEvent e : events) {
                if ("ARREST".equals(e.acled()) || "DISR_WEAP".equals(e.acled())) return List.of(e);
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * The 2018 draft name of a PLOVER type where mass action is MOBILIZE: a protest in a named form (CAMEO 141-144:
     * demonstration, hunger strike, strike or boycott, blockade) is a mobilisation; dissent of unnamed form (140)
     * and riots (145) stay PROTEST.
     */
    static String plover2018Mobilize(String plover, String mode, String cameo) {
        if (plover.equals("PROTEST") && cameo != null && cameo.length() >= 3 && cameo.compareTo("141") >= 0
                && cameo.compareTo("145") < 0) return "MOBILIZE";
        return plover2018(plover, mode, cameo);
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
