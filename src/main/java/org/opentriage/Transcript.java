package org.opentriage;

import java.util.ArrayList;
import java.util.List;

/** The intake conversation, oldest first: {@code patient} and {@code assistant} turns. */
public record Transcript(List<Turn> turns) {

    public record Turn(String role, String text) {
    }

    public Transcript with(String role, String text) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(new Turn(role, text));
        return new Transcript(List.copyOf(next));
    }

    /** What the patient said, in order, as one complaint. */
    public String patientWords() {
        return String.join(". ", turns.stream().filter(t -> t.role().equals("patient")).map(Turn::text).toList());
    }
}
