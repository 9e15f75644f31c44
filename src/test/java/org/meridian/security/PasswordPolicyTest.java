package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"plum-heron-gravel-78", "Quiet river under seven bridges", "t4Kp!x9zQm2w"})
    void acceptsLongUncommonPasswords(String password) {
        assertEquals(Optional.empty(), policy.problem(password, "maria"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertTrue(policy.problem(password, "maria").orElseThrow().contains("at least 12 characters"));
    }

    @Test
    void refusesAPasswordLongerThan128CharactersAndAcceptsOneOf128() {
        assertTrue(policy.problem("ab1!-".repeat(25) + "xyzw", "maria")
                .orElseThrow()
                .contains("at most 128"));
        assertEquals(Optional.empty(), policy.problem("ab1!-".repeat(25) + "xyz", "maria"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "qwertyuiopasdf",
                "basketball12",
                "Password2024!",
                "P@ssw0rd1234",
                "!!Sunshine2024",
                "passwordpassword",
                "christopher1",
                "Acupuncture1!"
            })
    void refusesCommonPasswordsAndCommonWordsDressedUp(String password) {
        assertTrue(policy.problem(password, "maria").orElseThrow().contains("too common"), password);
    }

    @Test
    void refusesAPasswordThatRepeatsFewCharacters() {
        assertTrue(policy.problem("abababababab", "maria").orElseThrow().contains("repeats"));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertTrue(policy.problem("maria-plum-heron", "Maria").orElseThrow().contains("username"));
    }

    @Test
    void shipsAListOfSeveralThousandCommonPasswords() {
        assertTrue(policy.commonCount() > 3000);
    }
}
