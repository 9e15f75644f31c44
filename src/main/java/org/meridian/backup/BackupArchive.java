package org.meridian.backup;

/**
 * The backup file: a zip with one JSON-lines file per table ({@code data/<table>.jsonl}, one JSON array of column
 * values per row, tables in {@link BackupTables#ALL} order) and {@code manifest.json} ({@link BackupManifest}).
 * Nothing else may be in it, so a name that tries to leave a folder ({@code ../}) is refused like any stranger.
 */
public final class BackupArchive {

    /** Raise when the layout changes; older releases then refuse the new archives instead of misreading them. */
    public static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";

    /** Longest row line accepted: a 5 MB image in base64 is 7 MB; a revision at most 300,000 characters. */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    /** Zip bomb guards: a data file may inflate to at most this many times its compressed size, plus some slack. */
    static final long MAX_INFLATION_RATIO = 200;

    static final long INFLATION_SLACK_BYTES = 1024 * 1024;

    private BackupArchive() {}
}
