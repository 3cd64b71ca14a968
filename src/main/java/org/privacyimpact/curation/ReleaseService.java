package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins publish a new version of the dataset with a changelog. From then on every page footer, export and API
 * answer names the new version; its changes are listed on the methodology page.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReleaseService {

    private final JooqReleaseStore store;
    private final DatasetQuery dataset;
    private final CurrentAccount account;
    private final ApplicationEventPublisher events;

    /** The next version a release published today would get: year.month.sequence. */
    @PreAuthorize("hasRole('ADMIN')")
    @ReadOnlyTransactional
    public String suggestedVersion() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String prefix = today.getYear() + "." + today.getMonthValue() + ".";
        int next = dataset.releases().stream().map(DatasetRelease::version).filter(v -> v.startsWith(prefix))
                .mapToInt(v -> Integer.parseInt(v.substring(prefix.length()))).max().orElse(-1) + 1;
        return prefix + next;
    }

    /** Audited changes since the current release was published, for the admin to summarise. */
    @PreAuthorize("hasRole('ADMIN')")
    @ReadOnlyTransactional
    public List<AuditEntry> changesSinceCurrentRelease() {
        return store.changesSinceLastPublish();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void publish(String version, String summary, List<String> changes) {
        List<FieldProblem> problems = check(version, summary, changes);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.publish(version.strip(), LocalDate.now(ZoneOffset.UTC), summary.strip(), cleanChanges(changes),
                account.name());
        events.publishEvent(new DatasetRelease.Published(version.strip()));
    }

    /**
     * What keeps these from being published, field by field: asked before the admin confirms, since a published
     * version cannot be taken back (a version of the year 3000 would leave no later one to publish).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @ReadOnlyTransactional
    public List<FieldProblem> check(String version, String summary, List<String> changes) {
        String cleanVersion = version == null ? "" : version.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!cleanVersion.matches("[0-9]{4}\\.(1[0-2]|[1-9])\\.[0-9]+")) {
            problems.add(new FieldProblem("version", "year.month.sequence, e.g. " + suggestedVersion()));
        } else if (yearMonthOf(cleanVersion).isAfter(YearMonth.now(ZoneOffset.UTC))) {
            problems.add(new FieldProblem("version", "A version names the month it is published in ("
                    + suggestedVersion() + " today); " + cleanVersion + " names a month still to come"));
        } else if (dataset.releases().stream().anyMatch(r -> r.version().equals(cleanVersion))) {
            problems.add(new FieldProblem("version", "Version " + cleanVersion + " exists already"));
        } else if (!isAfter(cleanVersion, dataset.currentRelease().version())) {
            problems.add(new FieldProblem("version", "Must come after the current version "
                    + dataset.currentRelease().version()));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new FieldProblem("summary", "Required: one sentence readers see beside the version"));
        }
        if (cleanChanges(changes).isEmpty()) {
            problems.add(new FieldProblem("changes", "Name at least one change, one per line"));
        }
        return problems;
    }

    private static List<String> cleanChanges(List<String> changes) {
        return changes == null ? List.of()
                : changes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    private static YearMonth yearMonthOf(String version) {
        String[] parts = version.split("\\.");
        return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static boolean isAfter(String version, String current) {
        String[] a = version.split("\\.");
        String[] b = current.split("\\.");
        for (int i = 0; i < 3; i++) {
            int compared = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (compared != 0) {
                return compared > 0;
            }
        }
        return false;
    }
}
