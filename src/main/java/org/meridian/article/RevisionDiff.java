package org.meridian.article;

import com.github.difflib.DiffUtils;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A line-by-line comparison of two revisions, as the revision page shows it: kept, removed and added lines. */
public final class RevisionDiff {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the comparison. */
    public record Line(Change change, String text) implements Serializable {

        /** Bean-style for EL: "same", "removed" or "added", also the CSS class of the row. */
        public String getKind() {
            return change.name().toLowerCase(Locale.ROOT);
        }

        public String getText() {
            return text;
        }

        /** The sign a diff prints in front of the line, for readers who do not see colours. */
        public String getSign() {
            return switch (change) {
                case SAME -> " ";
                case REMOVED -> "\u2212";
                case ADDED -> "+";
            };
        }
    }

    private RevisionDiff() {}

    /** Every line of {@code older} and {@code newer} in order, those only in one of them marked. */
    public static List<Line> between(List<String> older, List<String> newer) {
        var patch = DiffUtils.diff(older, newer);
        var lines = new ArrayList<Line>();
        int position = 0;
        for (var delta : patch.getDeltas()) {
            var source = delta.getSource();
            while (position < source.getPosition()) {
                lines.add(new Line(Change.SAME, older.get(position++)));
            }
            source.getLines().forEach(text -> lines.add(new Line(Change.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> lines.add(new Line(Change.ADDED, text)));
            position += source.size();
        }
        while (position < older.size()) {
            lines.add(new Line(Change.SAME, older.get(position++)));
        }
        return lines;
    }
}
