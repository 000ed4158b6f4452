package vigil.events;

import vigil.model.Actor;
import vigil.model.Evidence;
import vigil.model.Span;

/**
 * Actors the text does not name but a convention supplies: the unknown attackers behind a bombing (---UAF), the
 * public behind a protest nobody is said to hold (---CVL), the government a protest addresses (ISO GOV). They
 * have no words: their span is empty, placed where the words they are inferred from begin, so JSON gives them no
 * text; those words (the trigger, the place) are their evidence. They do not raise an event's confidence.
 */
final class Inferred {
    private Inferred() {}

    /** Evidence field, inside the coder only, that keeps the words an actor was inferred from. */
    static final String FROM = "inferred";

    /** An inferred actor for {@code c}, inferred from the words {@code from}. */
    static Actor actor(Candidate c, Span from, String country, String sector) {
        c.evidence.add(new Evidence(FROM, c.sentence, from));
        return new Actor(new Span(from.start(), from.start(), ""), country, sector, null, ActorFinder.code(country, sector));
    }

    static boolean is(Actor a) {
        return a.span() != null && a.span().length() == 0;
    }
}
