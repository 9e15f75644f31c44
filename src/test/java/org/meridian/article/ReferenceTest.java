package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    @ParameterizedTest
    @CsvSource({
        "10.1001/archinternmed.2012.3654, https://doi.org/10.1001/archinternmed.2012.3654",
        "doi:10.1001/archinternmed.2012.3654, https://doi.org/10.1001/archinternmed.2012.3654",
        "DOI: 10.1016/j.jpain.2017.10.003, https://doi.org/10.1016/j.jpain.2017.10.003",
        "https://www.nccih.nih.gov/health/acupuncture, https://www.nccih.nih.gov/health/acupuncture"
    })
    void acceptsWebAddressesAndDois(String location, String url) {
        assertEquals(url, new Reference("A study", location).getUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "just words", " "})
    void refusesAnythingElse(String location) {
        assertThrows(IllegalArgumentException.class, () -> new Reference("A study", location));
    }
}
