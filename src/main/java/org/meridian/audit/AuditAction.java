package org.meridian.audit;

/** What happened, as the audit log names it. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-ins locked after failures"),
    SIGN_OUT("Signed out"),
    USER_CREATED("User created"),
    USER_ENABLED("User enabled"),
    USER_DISABLED("User disabled"),
    USER_ROLE_CHANGED("Role changed"),
    USER_PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Own password changed"),
    CLINIC_UPDATED("Clinic facts changed"),
    CLOSURE_ADDED("Closure added"),
    CLOSURE_REMOVED("Closure removed"),
    CONDITION_CREATED("Condition created"),
    CONDITION_UPDATED("Condition changed"),
    CONDITION_DELETED("Condition deleted"),
    REQUEST_LISTED("Requests listed"),
    REQUEST_VIEWED("Request viewed"),
    REQUEST_EXPORTED("Requests exported"),
    REQUEST_STATUS_CHANGED("Request status changed"),
    REQUEST_NOTES_CHANGED("Request notes changed"),
    REQUEST_ERASED("Request erased"),
    REQUEST_PURGED("Request deleted after the retention period"),
    ARTICLE_CREATED("Article created"),
    ARTICLE_PUBLISHED("Article published"),
    ARTICLE_UNPUBLISHED("Article unpublished"),
    ARTICLE_SCHEDULED("Article scheduled"),
    ARTICLE_RESTORED("Article revision restored"),
    ARTICLE_DELETED("Article deleted"),
    MEDIA_UPLOADED("Image uploaded"),
    MEDIA_REPLACED("Image replaced"),
    MEDIA_DELETED("Image deleted"),
    WORDPRESS_IMPORTED("WordPress export imported"),
    TWO_FACTOR_ENROLLED("Two-factor sign-in set up"),
    TWO_FACTOR_DISABLED("Two-factor sign-in turned off"),
    TWO_FACTOR_RESET("Two-factor sign-in reset by an administrator"),
    TWO_FACTOR_REQUIREMENT_CHANGED("Two-factor requirement changed"),
    RECOVERY_CODES_RENEWED("New recovery codes made"),
    RECOVERY_CODE_USED("Signed in with a recovery code"),
    SECOND_FACTOR_FAILED("Two-factor code refused"),
    BACKUP_DOWNLOADED("Backup downloaded"),
    BACKUP_WITH_REQUESTS_DOWNLOADED("Backup with patient requests downloaded"),
    BACKUP_RESTORED("Backup restored");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
