package org.privacyimpact.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.FigureRecord;
import org.privacyimpact.dataset.ListTrail;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.dataset.UserBaseRecord;
import org.privacyimpact.exposure.CompetingFigure;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.UserBase;
import org.privacyimpact.incident.FigureLine;
import org.privacyimpact.incident.IncidentDetail;
import org.privacyimpact.incident.IncidentSummary;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What the data API returns as JSON: plain records with snake_case names, the same names as the CSV columns,
 * and codes (not labels) for count kinds, qualifiers and metrics, as documented in the OpenAPI description.
 */
public final class ApiModel {

    private ApiModel() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Source(String title, String publisher, String url, LocalDate publishedOn, String quote) {

        static Source of(SourceCitation citation) {
            return new Source(citation.title(), citation.publisher(), citation.url(), citation.publishedOn(),
                    citation.quote());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Incident(String id, String name, String shortName, String toolOrVendor, String platform,
                           int yearStart, Integer yearEnd, Integer firstReportedYear, int figures, int countries,
                           List<String> countKinds, boolean hasUnverifiedFigures) {

        static Incident of(IncidentSummary summary) {
            return new Incident(summary.id(), summary.name(), summary.shortName(), summary.toolOrVendor(),
                    summary.platform(), summary.yearStart(), summary.yearEnd(), summary.firstReported(),
                    summary.figures(), summary.countries(),
                    summary.kinds().stream().map(kind -> kind.code()).toList(), summary.hasUnverified());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record IncidentFigure(String referenceId, String countryIso2, String area, int peopleTargeted,
                                 String countQualifier, String countKind, Integer periodStart, Integer periodEnd,
                                 String victimGroups, boolean verified, String subsetOf, String denominatorRule,
                                 String notes, Source source, List<IncidentFigure> competing) {

        static IncidentFigure of(FigureLine line) {
            return new IncidentFigure(line.referenceId(), line.area().countryIso2(), line.area().name(),
                    line.count(), line.qualifier().code(), line.kind().code(), line.periodStart(), line.periodEnd(),
                    line.victimGroups(), line.verified(), line.subsetOf(), line.denominatorRule().code(), line.notes(),
                    Source.of(line.source()), line.competing().stream().map(IncidentFigure::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record IncidentWithFigures(String id, String name, String shortName, String toolOrVendor, String platform,
                                      String vector, int yearStart, Integer yearEnd, String summary, String caveats,
                                      String rightOfReply, Source rightOfReplySource, List<IncidentFigure> figures) {

        static IncidentWithFigures of(IncidentDetail detail) {
            return new IncidentWithFigures(detail.id(), detail.name(), detail.shortName(), detail.toolOrVendor(),
                    detail.platform(), detail.vectorDescription(), detail.yearStart(), detail.yearEnd(),
                    detail.summary(), detail.caveats(), detail.rightOfReply(),
                    detail.rightOfReplySource() == null ? null : Source.of(detail.rightOfReplySource()),
                    detail.figures().stream().map(IncidentFigure::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Figure(String referenceId, String incidentId, String incidentName, String countryIso2, String area,
                         int peopleTargeted, String countedUnit, String countQualifier, String countKind,
                         Integer periodStart, Integer periodEnd,
                         String victimGroups, boolean verified, boolean preferred, String subsetOf,
                         String denominatorRule,
                         String notes, Source source, CountedFromList countedFromList) {

        static Figure of(FigureRecord r) {
            return new Figure(r.referenceId(), r.incidentId(), r.incidentName(), r.area().countryIso2(),
                    r.area().name(), r.count(), r.unit().code(), r.qualifier().code(), r.kind().code(),
                    r.periodStart(), r.periodEnd(), r.victimGroups(), r.verified(), r.preferred(), r.subsetOf(), r.denominatorRule().code(),
                    r.notes(), Source.of(r.source()), CountedFromList.of(r.listTrail()));
        }
    }

    /** The rows of a list with one row per person behind a figure; null for a figure taken from a statement. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CountedFromList(String listVersion, String listSha256, String rows, List<String> rowSources) {

        static CountedFromList of(ListTrail trail) {
            return trail == null ? null : new CountedFromList(trail.listVersion().toString(), trail.listSha256(),
                    trail.rows(), trail.rowSources());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UserBaseItem(String referenceId, String platform, String countryIso2, String area, long users,
                               String usersQualifier, String metric, String asOf, boolean verified, String notes,
                               Source source) {

        static UserBaseItem of(UserBaseRecord r) {
            return new UserBaseItem(r.referenceId(), r.platform(), r.area().countryIso2(), r.area().name(),
                    r.users(), r.qualifier().code(), r.metric().code(), r.asOf(), r.verified(), r.notes(),
                    Source.of(r.source()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Denominator(String platform, long users, String usersQualifier, String metric, String asOf,
                              boolean verified, String notes, Source source) {

        static Denominator of(UserBase base) {
            return base == null ? null : new Denominator(base.platform(), base.users(), base.qualifier().code(),
                    base.metric().code(), base.asOf(), base.verified(), base.notes(), Source.of(base.source()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OtherFigure(int peopleTargeted, String countQualifier, boolean verified, String notes,
                              Source source) {

        static OtherFigure of(CompetingFigure other) {
            return new OtherFigure(other.targetedCount(), other.qualifier().code(), other.verified(), other.notes(),
                    Source.of(other.source()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Exposure(String area, String countryIso2, String incidentId, String incidentName, int periodStart,
                           int periodEnd, int peopleTargeted, String countedUnit, String countQualifier,
                           String countKind, boolean figureVerified, String figureNotes, Source figureSource,
                           Denominator denominator,
                           Integer yearsBetween, BigDecimal targetedPerMillion, String rateBound,
                           String rateNotGivenBecause,
                           List<OtherFigure> otherReportedFigures) {

        static Exposure of(TargetedPerMillion row) {
            return new Exposure(row.area().name(), row.area().countryIso2(), row.incidentId(), row.incidentName(),
                    row.incidentYear(), row.lastYear(), row.targetedCount(), row.countedUnit().code(),
                    row.countQualifier().code(),
                    row.countKind().code(), row.figureVerified(), row.figureNotes(), Source.of(row.figureSource()),
                    Denominator.of(row.userBase()), row.yearGap(), row.perMillion(),
                    row.rateBound() == null ? null : row.rateBound().code(),
                    row.rateUnavailable() == null ? null : row.rateUnavailable().explanation(),
                    row.competingFigures().stream().map(OtherFigure::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SourceItem(long id, String title, String publisher, String url, LocalDate publishedOn,
                             int targetFigures, int userBases) {

        static SourceItem of(SourceSummary s) {
            return new SourceItem(s.id(), s.title(), s.publisher(), s.url(), s.publishedOn(), s.targetFigures(),
                    s.userBases());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Release(String version, LocalDate releasedOn, String summary, List<String> changes) {

        static Release of(DatasetRelease release) {
            return new Release(release.version(), release.releasedOn(), release.summary(), release.changes());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Dataset(String version, LocalDate releasedOn, List<Release> releases) {
    }
}
