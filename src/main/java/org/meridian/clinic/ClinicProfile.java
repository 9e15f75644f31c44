package org.meridian.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every fact about the clinic that a page shows (name, phone, address, hours, links, notices). There is exactly one
 * row: pages never hard-code a clinic fact, so staff change it once and every page follows. Longer than most classes
 * because it is one field, one column constant and one accessor per fact; splitting the facts over several entities
 * would only make every page read several rows.
 */
@Entity
@Table(name = "clinic_profile")
public class ClinicProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The single row's key. */
    public static final long ID = 1L;

    public static final int NAME_LENGTH = 120;
    public static final int PHONE_LENGTH = 40;
    public static final int URL_LENGTH = 1000;
    public static final int DISCLAIMER_LENGTH = 2000;
    public static final int NOTICE_LENGTH = 500;
    public static final int PRIVACY_NOTICE_LENGTH = 4000;
    /** What the clinic's own details say until an administrator enters them ({@link StarterClinicFacts}). */
    public static final String NOT_SET = "Not set yet";

    static final String WEB_ADDRESS = "https?://\\S+";
    static final String WEB_ADDRESS_MESSAGE = "Enter a web address starting with https://";

    @Id
    private Long id = ID;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = 300)
    @Column(length = 300)
    private String tagline;

    @NotBlank
    @Size(max = PHONE_LENGTH)
    @Column(nullable = false, length = PHONE_LENGTH)
    private String phone;

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @NotBlank
    @Size(max = 200)
    @Column(name = "street_address", nullable = false, length = 200)
    private String streetAddress;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String locality;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String region;

    @NotBlank
    @Size(max = 20)
    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @NotBlank
    @Size(min = 2, max = 2)
    @Column(nullable = false, length = 2)
    private String country;

    @NotBlank
    @Size(max = URL_LENGTH)
    @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
    @Column(name = "directions_url", nullable = false, length = URL_LENGTH)
    private String directionsUrl;

    @Size(max = URL_LENGTH)
    @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
    @Column(name = "booking_url", length = URL_LENGTH)
    private String bookingUrl;

    @NotBlank
    @Size(max = DISCLAIMER_LENGTH)
    @Column(nullable = false, length = DISCLAIMER_LENGTH)
    private String disclaimer;

    @NotBlank
    @Size(max = NOTICE_LENGTH)
    @Column(name = "emergency_notice", nullable = false, length = NOTICE_LENGTH)
    private String emergencyNotice;

    /** What the clinic does with what patients send through the contact form: the text of {@code /privacy}. */
    @NotBlank
    @Size(max = PRIVACY_NOTICE_LENGTH)
    @Column(name = "privacy_notice", nullable = false, length = PRIVACY_NOTICE_LENGTH)
    private String privacyNotice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clinic_opening_hours", joinColumns = @JoinColumn(name = "clinic_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Version
    private long version;

    public ClinicProfile() {}

    /**
     * Takes every fact of {@code edited}, a copy changed in the admin console; answers the names of the facts that
     * changed, for the audit log.
     */
    List<String> takeFactsFrom(ClinicProfile edited) {
        var changed = new ArrayList<String>();
        name = changed(changed, "name", name, edited.name);
        tagline = changed(changed, "tagline", tagline, edited.tagline);
        phone = changed(changed, "phone", phone, edited.phone);
        email = changed(changed, "email", email, edited.email);
        streetAddress = changed(changed, "street address", streetAddress, edited.streetAddress);
        locality = changed(changed, "city", locality, edited.locality);
        region = changed(changed, "state", region, edited.region);
        postalCode = changed(changed, "postal code", postalCode, edited.postalCode);
        country = changed(changed, "country", country, edited.country);
        directionsUrl = changed(changed, "directions link", directionsUrl, edited.directionsUrl);
        bookingUrl = changed(changed, "booking link", bookingUrl, edited.bookingUrl);
        disclaimer = changed(changed, "disclaimer", disclaimer, edited.disclaimer);
        emergencyNotice = changed(changed, "emergency notice", emergencyNotice, edited.emergencyNotice);
        if (!getWeeklyHours().equals(edited.getWeeklyHours())) {
            changed.add("opening hours");
            openingHours.clear();
            openingHours.addAll(edited.openingHours);
        }
        return changed;
    }

    private static String changed(List<String> changes, String fact, String current, String edited) {
        if (!Objects.equals(current, edited)) {
            changes.add(fact);
        }
        return edited;
    }

    /** True while the name, phone or address still say {@link #NOT_SET}: the site is not ready for patients. */
    public boolean isAwaitingSetUp() {
        return NOT_SET.equals(name) || NOT_SET.equals(phone) || NOT_SET.equals(streetAddress);
    }

    /** The phone number as a {@code tel:} link target: digits only, with a leading + kept. */
    public String getPhoneHref() {
        var digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("+") || digits.length() != 10 ? digits : "+1" + digits);
    }

    /** Opening hours from Monday to Sunday. */
    public List<OpeningHours> getWeeklyHours() {
        return openingHours.stream()
                .sorted(Comparator.comparing(OpeningHours::getDay))
                .toList();
    }

    public String getOneLineAddress() {
        return streetAddress + ", " + locality + ", " + region + " " + postalCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDirectionsUrl() {
        return directionsUrl;
    }

    public void setDirectionsUrl(String directionsUrl) {
        this.directionsUrl = directionsUrl;
    }

    public String getBookingUrl() {
        return bookingUrl;
    }

    public void setBookingUrl(String bookingUrl) {
        this.bookingUrl = bookingUrl;
    }

    public String getDisclaimer() {
        return disclaimer;
    }

    public void setDisclaimer(String disclaimer) {
        this.disclaimer = disclaimer;
    }

    public String getEmergencyNotice() {
        return emergencyNotice;
    }

    public void setEmergencyNotice(String emergencyNotice) {
        this.emergencyNotice = emergencyNotice;
    }

    public String getPrivacyNotice() {
        return privacyNotice;
    }

    public void setPrivacyNotice(String privacyNotice) {
        this.privacyNotice = privacyNotice;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<OpeningHours> openingHours) {
        this.openingHours = new ArrayList<>(openingHours);
    }

    public long getVersion() {
        return version;
    }
}
