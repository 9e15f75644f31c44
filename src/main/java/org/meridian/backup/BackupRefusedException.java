package org.meridian.backup;

/**
 * A backup that cannot be written or restored, with a message for the person who asked (shown in the console, printed
 * by the command). Whatever a restore had written before it is refused is rolled back.
 */
public class BackupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
