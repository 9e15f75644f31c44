package org.meridian.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A day the clinic is closed though its weekly hours say open, such as a public holiday. */
@Entity
@Table(name = "clinic_closure")
@NamedQuery(
        name = ClinicClosure.FROM,
        query = "select c from ClinicClosure c where c.closedOn >= :from order by c.closedOn")
@NamedQuery(name = ClinicClosure.ON, query = "select c from ClinicClosure c where c.closedOn = :day")
public class ClinicClosure implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FROM = "ClinicClosure.from";
    static final String ON = "ClinicClosure.on";

    public static final int REASON_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "clinic_closure_seq", sequenceName = "clinic_closure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinic_closure_seq")
    private Long id;

    @Column(name = "closed_on", nullable = false, unique = true)
    private LocalDate closedOn;

    @Column(length = REASON_LENGTH)
    private String reason;

    protected ClinicClosure() {}

    public ClinicClosure(LocalDate closedOn, String reason) {
        if (closedOn == null) {
            throw new IllegalArgumentException("A closure needs a day");
        }
        this.closedOn = closedOn;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getReason() {
        return reason;
    }
}
