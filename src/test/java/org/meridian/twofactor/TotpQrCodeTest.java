package org.meridian.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TotpQrCodeTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void makesTheKeyUriThatAuthenticatorAppsRead() {
        assertEquals(
                "otpauth://totp/Meridian%20Acupuncture%20%26%20Wellness%3Amaria?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Meridian%20Acupuncture%20%26%20Wellness&algorithm=SHA1&digits=6&period=30",
                TotpQrCode.otpauthUri("Meridian Acupuncture & Wellness", "maria", "JBSWY3DPEHPK3PXP"));
    }

    @Test
    void drawsAQrCodeThatAReaderDecodesToTheKeyUri() throws Exception {
        var uri = TotpQrCode.otpauthUri("Clinic", "maria.lopez", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        var svg = TotpQrCode.svg(uri, "QR code");
        var decoded = new QRCodeReader().decode(bitmapOf(svg), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        assertEquals(uri, decoded.getText());
    }

    @Test
    void isSelfContainedSvgWithAnEscapedLabel() {
        var svg = TotpQrCode.svg("otpauth://totp/x:y?secret=JBSWY3DPEHPK3PXP", "QR code for <Clinic> & \"Co\"");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR code for &lt;Clinic> &amp; &quot;Co&quot;\""), svg);
        assertFalse(svg.contains("<script") || svg.contains("href") || svg.contains("style"), svg);
    }

    /** Paints the SVG's runs of dark modules into a grey-scale picture, as a camera would see the screen. */
    private static BinaryBitmap bitmapOf(String svg) {
        var box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        var modules = Integer.parseInt(box.group(1));
        var size = modules * PIXELS_PER_MODULE;
        var pixels = new byte[size * size];
        Arrays.fill(pixels, (byte) 0xff);
        var run = RUN.matcher(svg);
        while (run.find()) {
            var x = Integer.parseInt(run.group(1));
            var y = Integer.parseInt(run.group(2));
            var length = Integer.parseInt(run.group(3));
            for (var py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
                Arrays.fill(
                        pixels, py * size + x * PIXELS_PER_MODULE, py * size + (x + length) * PIXELS_PER_MODULE, (byte)
                                0);
            }
        }
        return new BinaryBitmap(
                new HybridBinarizer(new PlanarYUVLuminanceSource(pixels, size, size, 0, 0, size, size, false)));
    }
}
