package org.meridian.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, {@code /admin/audit}: newest first, a page at a time from the database (administrators only). */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    private LazyDataModel<AuditEvent> events;

    @PostConstruct
    void init() {
        events = new Events(auditLog);
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    /** Reads only the rows the table shows; the table neither sorts nor filters, the log is always newest first. */
    private static final class Events extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        private final AuditLog auditLog;

        Events(AuditLog auditLog) {
            this.auditLog = auditLog;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditLog.count());
        }

        @Override
        public List<AuditEvent> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.newestFirst(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    }
}
