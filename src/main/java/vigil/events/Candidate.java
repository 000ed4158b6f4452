package vigil.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vigil.model.Actor;
import vigil.model.Evidence;
import vigil.model.Place;

/** An event being assembled from one sentence (mutable, never leaves the coder). */
final class Candidate {
    TriggerDef trigger;
    int sentence;
    int triggerStart;
    int salience;
    /** The trigger is used as a noun here ("in raids by ..."), whatever its dictionary entry says. */
    boolean nominal;
    /** A Spanish verb-like trigger used as a noun ("la protesta", "de protesta"): not a finite verb of dissent. */
    boolean spanishNoun;
    /** A noun trigger after a preposition ("after the shooting"): a mention, unless actors or counts anchor it. */
    boolean mention;
    /** A noun trigger carried by a light verb ("launched an airstrike", "تعرض لهجوم"): reported, not referred to. */
    boolean carried;
    /** The sources are only the public standing in for protesters nobody named (an inferred ---CVL). */
    boolean standIn;
    final List<Actor> sources = new ArrayList<>();
    final List<Actor> targets = new ArrayList<>();
    Place location;
    LocalDate date;
    boolean dateFromText;
    Integer fatalities;
    Integer injured;
    String mode;
    String acled;
    final List<Evidence> evidence = new ArrayList<>();

    String plover() {
        return trigger.plover();
    }
}
