package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestCsvTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
                "+1 916 555 0100|\"'+1 916 555 0100\"",
                "-2+3|\"'-2+3\"",
                "@SUM(A1:A9)|\"'@SUM(A1:A9)\"",
                "Jane Doe|\"Jane Doe\"",
                "a=b|\"a=b\"",
                "`say \"hi\", then go`|\"say \"\"hi\"\", then go\""
            })
    void neutralisesFormulasAndQuotesEveryCell(String value, String written) {
        assertEquals(written, RequestCsv.cell(value));
    }

    @ParameterizedTest
    @CsvSource({"\t=1+2", "\r=1+2"})
    void neutralisesLeadingTabAndCarriageReturn(String value) {
        assertEquals("\"'" + value + "\"", RequestCsv.cell(value));
    }
}
