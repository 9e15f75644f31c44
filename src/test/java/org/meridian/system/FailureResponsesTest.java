package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class FailureResponsesTest {

    @Test
    void aRequestNoPageSendsIsA400WhereverItsCauseLies() {
        assertEquals(400, FailureResponses.statusOf(new BadRequestException("Not a page number")));
        assertEquals(
                400,
                FailureResponses.statusOf(
                        new ServletException(new FacesException(new BadRequestException("no password field")))));
        assertEquals(400, FailureResponses.statusOf(new FacesException(new CspException("no nonce"))));
    }

    @Test
    void aDatabaseOutOfReachIsA503() {
        assertEquals(
                503, FailureResponses.statusOf(new FacesException(new SQLTransientConnectionException("refused"))));
    }

    @Test
    void anythingElseIsA500() {
        assertEquals(500, FailureResponses.statusOf(new NullPointerException()));
        assertEquals(500, FailureResponses.statusOf(new ServletException(new IllegalStateException("broken"))));
    }
}
