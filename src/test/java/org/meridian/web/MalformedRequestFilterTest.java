package org.meridian.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedRequestFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"condition=%ZZ", "/articles/%ZZ", "page=%", "q=back%2", "name=%u0000", "x=%00"})
    void refusesBrokenEscapesAndEncodedNul(String raw) {
        assertTrue(MalformedRequestFilter.isMalformed(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"condition=back-pain&condition=sciatica", "q=back+pain%21", "/articles/caf%C3%A9", "q=100%25", ""
            })
    void letsWellFormedAddressesThrough(String raw) {
        assertFalse(MalformedRequestFilter.isMalformed(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST"})
    void letsThePageAndFormMethodsThrough(String method) {
        assertTrue(MalformedRequestFilter.isAllowed(method), method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "get"})
    void refusesEveryOtherMethod(String method) {
        assertFalse(MalformedRequestFilter.isAllowed(method), method);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded; charset=UTF-8",
                "Application/X-WWW-Form-Urlencoded;charset=\"utf-8\"",
                "multipart/form-data; boundary=----x",
                "multipart/form-data; charset=ISO-8859-1; boundary=x",
                "application/x-www-form-urlencoded; charset=unknown"
            })
    void letsFormsThrough(String contentType) {
        assertTrue(MalformedRequestFilter.isForm(contentType), contentType);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "text/plain",
                "application/xml; charset=UTF-8",
                "",
                "application/x-www-form-urlencoded-extra",
                "multipart/mixed; boundary=x"
            })
    void refusesWhatIsNotAForm(String contentType) {
        assertFalse(MalformedRequestFilter.isForm(contentType), contentType);
    }

    @Test
    void refusesAPostWithoutAContentType() {
        assertFalse(MalformedRequestFilter.isForm(null));
    }
}
