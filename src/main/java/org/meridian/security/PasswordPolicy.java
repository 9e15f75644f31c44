package org.meridian.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff password must be: long, and not one that attackers try first. Length matters more than mixing
 * character classes, so there is no rule about digits or capitals (NIST SP 800-63B); instead common passwords, and
 * common words dressed up with digits and symbols, are refused.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /**
     * Long enough for any passphrase (OWASP ASVS 2.1.2 allows 64 and refuses over 128); the bound also keeps the
     * hashing cost of an attempt predictable.
     */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private static final int MIN_DISTINCT_CHARACTERS = 5;

    private final Set<String> common;

    public PasswordPolicy() {
        common = load();
    }

    /** Why {@code password} is not acceptable for {@code username}, or empty when it is. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good one.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("This password repeats too few characters. Choose a less predictable one.");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var name = StaffUser.normaliseUsername(username);
        if (!name.isEmpty() && lower.contains(name)) {
            return Optional.of("The password must not contain the username.");
        }
        if (isCommon(lower)) {
            return Optional.of("This password is too common: it is among the first that attackers try.");
        }
        return Optional.empty();
    }

    int commonCount() {
        return common.size();
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower) || common.contains(core(lower))) {
            return true;
        }
        // "passwordpassword": one common word typed twice
        var half = lower.length() / 2;
        return lower.length() % 2 == 0
                && lower.substring(0, half).equals(lower.substring(half))
                && isCommon(lower.substring(0, half));
    }

    /**
     * The word inside a password: digits and symbols before and after it taken away, look-alike characters inside
     * it read as letters. "P@ssw0rd2024!" is "password".
     */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        var word = new StringBuilder(end - start);
        for (var c : lower.substring(start, end).toCharArray()) {
            word.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return word.toString();
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the WAR");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
