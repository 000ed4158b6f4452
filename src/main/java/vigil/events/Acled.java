package vigil.events;

import java.util.List;
import java.util.Set;
import vigil.model.Actor;

/**
 * ACLED sub-event types for PLOVER events, for users and tools that speak ACLED. The trigger dictionary names
 * the sub-event when the words decide it ("airstrike" = AIR_STRIKE); otherwise mode and actors do: armed
 * actors on both sides make an armed clash, an attack on civilians is ATTACK, and territory taken by state
 * forces or by others is GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER. Statements (ACCUSE, REQUEST, ...)
 * between states are diplomatic events (DIPLO, as in the CASE 2021 extension of ACLED's types); other statements
 * have none.
 */
final class Acled {
    private Acled() {}

    private static final Set<String> STATE = Set.of("MIL", "GOV", "COP");

    static String label(Candidate c) {
        if (c.acled != null) return c.acled;
        String given = c.trigger.acled();
        switch (c.plover()) {
            case "ASSAULT" -> {
                if ("192".equals(c.trigger.cameo()) && given == null) {
                    return anyState(c.sources) ? "GOV_REGAINS_TERIT" : "NON_STATE_ACTOR_OVERTAKES_TER";
                }
                if ("aerial".equals(c.mode) && !"CHEM_WEAP".equals(given)) return "AIR_STRIKE";
                if (given != null && !given.equals("ATTACK")) return given;
                if ("heavy-weapons".equals(c.mode)) return "ART_MISS_ATTACK";
                if ("explosives".equals(c.mode)) return "REM_EXPLOS";
                if ("sexual".equals(c.mode)) return "SEX_VIOL";
                if ("abduct".equals(c.mode)) return "ABDUCT_DISSAP";
                if (anyArmed(c.sources) && anyArmed(c.targets)) return "ARMED_CLASH";
                return "ATTACK";
            }
            case "PROTEST" -> {
                return given != null ? given : "PEACE_PROTEST";
            }
            case "COERCE", "MOBILIZE", "RETREAT", "AGREE", "SANCTION" -> {
                return given;
            }
            case "ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE" -> {
                // what one state says to or does with another is a diplomatic event; other statements have no ACLED type
                return given != null ? given : statal(c.sources) && statal(c.targets) ? "DIPLO" : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Countries, their governments and international organisations: the parties of diplomacy. */
    private static boolean statal(List<Actor> as) {
        if (as.isEmpty()) return false;
        for (Actor a : as) {
            boolean state = a.country() != null && (a.sector() == null || a.sector().equals("GOV"))
                    && a.group() == null;
            if (!state) return false;
        }
        return true;
    }

    private static boolean anyArmed(List<Actor> as) {
        for (Actor a : as) if (Roles.armed(a)) return true;
        return false;
    }

    private static boolean anyState(List<Actor> as) {
        for (Actor a : as) if (a.sector() != null && STATE.contains(a.sector()) && a.group() == null) return true;
        return false;
    }
}
