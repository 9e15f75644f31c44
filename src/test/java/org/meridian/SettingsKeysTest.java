package org.meridian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each setting's key is written in one file, its feature's settings class, and everything else (the code, the start-up
 * check, messages that name the setting) uses that class's constant: a key spelled twice can be renamed in one place
 * and silently not in the other.
 */
class SettingsKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern KEY = Pattern.compile("meridian\\.[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*");

    @Test
    void everySettingsKeyIsSpelledInOneSourceFileOnly() throws IOException {
        var filesByKey = new TreeMap<String, Set<String>>();
        try (var files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> keysIn(file)
                            .forEach(key -> filesByKey
                                    .computeIfAbsent(key, any -> new TreeSet<>())
                                    .add(SOURCES.relativize(file).toString())));
        }
        var spelledTwice = filesByKey.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

        assertEquals(Map.of(), spelledTwice, "keys written in more than one file; use the settings class's constant");
    }

    /** The keys in the file's string literals; comments may name keys freely. */
    private static Set<String> keysIn(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//"))
                    .flatMap(line -> STRING_LITERAL.matcher(line).results())
                    .flatMap(literal -> KEY.matcher(literal.group()).results())
                    .map(key -> key.group().replaceAll("[.-]+$", ""))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
