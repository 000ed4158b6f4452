package vigil.events;

/** Categories of context words (see cues.tsv). */
enum Cue { NEG, DENY, CLAIM, MODAL, INTENT, FOUND, COND, ANALYSIS, FUTURE, DISASTER, PASSIVE, BY, AGAINST, LOCPREP, TOINF, STILL, DEATH, INJURY, LIGHT, UNLESS, BACKGROUND, GENERIC }
